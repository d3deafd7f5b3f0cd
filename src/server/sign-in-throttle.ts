// Sign-in throttling: after repeated failures for one account or from one address, further
// sign-in attempts are refused for a while with 429 and Retry-After. Kept in PostgreSQL so it
// holds across restarts and across several app servers.
import { createHash } from 'node:crypto';
import { and, asc, count, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from './db/client.ts';
import { signInFailures } from './db/schema.ts';

export const THROTTLE = {
  windowMs: 15 * 60_000,
  maxPerAccount: 5,
  maxPerAddress: 20,
} as const;

/**
 * The keys attempts are counted under. The account key is a digest of the normalised email: the
 * same length for any email sent (a 60 KB one would not fit in the key's index) and never the
 * address itself in the table.
 */
export const throttleKeys = (email: string | undefined, address: string) => ({
  account: email ? `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('base64url')}` : undefined,
  address: `address:${address}`,
});

/** Seconds until a new attempt is allowed, or 0 when it is allowed now. */
export async function retryAfterSeconds(db: Db, keys: ReturnType<typeof throttleKeys>, now: Date): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const limits: [string | undefined, number][] = [
    [keys.account, THROTTLE.maxPerAccount],
    [keys.address, THROTTLE.maxPerAddress],
  ];
  let wait = 0;
  for (const [key, max] of limits) {
    if (!key) continue;
    const [row] = await db
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.key, key), gte(signInFailures.failedAt, since)));
    // The attempt being checked is already recorded, so up to `max` attempts pass.
    if ((row?.n ?? 0) <= max) continue;
    // Blocked until the oldest failure that still counts leaves the window.
    const oldest = await db
      .select({ at: signInFailures.failedAt })
      .from(signInFailures)
      .where(and(eq(signInFailures.key, key), gte(signInFailures.failedAt, since)))
      .orderBy(asc(signInFailures.failedAt))
      .limit(1);
    const until = (oldest[0]?.at.getTime() ?? now.getTime()) + THROTTLE.windowMs;
    wait = Math.max(wait, Math.ceil((until - now.getTime()) / 1000));
  }
  return wait;
}

/**
 * Records a sign-in attempt as a failure up front (so parallel attempts see each other) and
 * returns a handle to forget it again when the attempt turns out not to be a wrong password.
 */
export async function recordAttempt(
  db: Db,
  keys: ReturnType<typeof throttleKeys>,
  at: Date,
): Promise<{ at: Date; forget: () => Promise<void> }> {
  const own = [keys.account, keys.address].filter((k): k is string => k !== undefined);
  // Rows that no longer count go first: the table only ever holds the last window.
  await db.delete(signInFailures).where(lt(signInFailures.failedAt, new Date(at.getTime() - THROTTLE.windowMs)));
  const rows = await db
    .insert(signInFailures)
    .values(own.map((key) => ({ key, failedAt: at })))
    .returning({ id: signInFailures.id });
  return {
    at,
    forget: async () => {
      await db.delete(signInFailures).where(
        inArray(
          signInFailures.id,
          rows.map((r) => r.id),
        ),
      );
    },
  };
}

export async function clearAccount(db: Db, keys: ReturnType<typeof throttleKeys>): Promise<void> {
  if (keys.account) await db.delete(signInFailures).where(inArray(signInFailures.key, [keys.account]));
}
