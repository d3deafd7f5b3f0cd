// Sign-in throttling that stops password guessing without handing attackers a lock-out. Failed
// attempts are kept in PostgreSQL (so the limits hold across restarts and app servers) under:
//
// - `account:<digest>`: every failure for an account from a browser that is not a known device
//   of it. After 5 in 15 minutes, sign-in to that account is refused (429) — except from a known
//   device: a browser that signed in to the account before holds a signed device cookie, and is
//   counted under its own key instead, so a stranger's guesses never lock the owner out there.
// - `device:<id>`: the failures of one known device (5 in 15 minutes, then that device waits).
// - `address:<ip>|<digest>`: failures from one address, per account. An address that fails for
//   more than 20 different accounts in 15 minutes (password spraying) is refused for browsers
//   that are not a known device; wrong passwords for one account, however many, never block the
//   address for anyone else.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, asc, count, countDistinct, eq, gte, inArray, like, lt, or } from 'drizzle-orm';
import type { Db } from './db/client.ts';
import { signInFailures } from './db/schema.ts';

export const THROTTLE = {
  windowMs: 15 * 60_000,
  maxPerAccount: 5,
  maxPerDevice: 5,
  /** Different accounts one address may fail for in the window. */
  maxAccountsPerAddress: 20,
} as const;

export type ThrottleKeys = {
  /** The digest of the normalised email, or '-' when the request named none. */
  readonly digest: string;
  readonly account: string | undefined;
  readonly address: string;
  /** The known device's key, when the request carries a valid device cookie for this account. */
  readonly device: string | undefined;
};

/**
 * A digest of the normalised email: the same length for any email sent (a 60 KB one would not
 * fit in the key's index) and never the address itself in the table.
 */
export const accountDigest = (email: string): string =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

/** The keys one attempt is counted under. */
export function throttleKeys(email: string | undefined, address: string, deviceId?: string): ThrottleKeys {
  const digest = email ? accountDigest(email) : '-';
  return {
    digest,
    account: email ? `account:${digest}` : undefined,
    address: `address:${address}|${digest}`,
    device: deviceId ? `device:${deviceId}` : undefined,
  };
}

/** The keys an attempt is recorded under: a known device's failures are its own. */
function ownKeys(keys: ThrottleKeys): string[] {
  return keys.device ? [keys.device, keys.address] : [keys.account, keys.address].filter((k) => k !== undefined);
}

/** `address:<ip>|`, escaped for LIKE. */
const addressPrefix = (keys: ThrottleKeys) =>
  `${keys.address.slice(0, keys.address.lastIndexOf('|') + 1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Seconds until a new attempt is allowed, or 0 when it is allowed now. */
export async function retryAfterSeconds(db: Db, keys: ThrottleKeys, now: Date): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const recent = gte(signInFailures.failedAt, since);
  // Blocked until the oldest failure that still counts leaves the window.
  const waitFor = async (where: ReturnType<typeof eq>) => {
    const [oldest] = await db
      .select({ at: signInFailures.failedAt })
      .from(signInFailures)
      .where(and(where, recent))
      .orderBy(asc(signInFailures.failedAt))
      .limit(1);
    return Math.ceil(((oldest?.at.getTime() ?? now.getTime()) + THROTTLE.windowMs - now.getTime()) / 1000);
  };
  // The attempt being checked is already recorded, so up to `max` attempts pass.
  const limits: [string | undefined, number][] = keys.device
    ? [[keys.device, THROTTLE.maxPerDevice]]
    : [[keys.account, THROTTLE.maxPerAccount]];
  let wait = 0;
  for (const [key, max] of limits) {
    if (!key) continue;
    const [row] = await db
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.key, key), recent));
    if ((row?.n ?? 0) > max) wait = Math.max(wait, await waitFor(eq(signInFailures.key, key)));
  }
  if (!keys.device) {
    const fromAddress = like(signInFailures.key, addressPrefix(keys));
    const [row] = await db
      .select({ n: countDistinct(signInFailures.key) })
      .from(signInFailures)
      .where(and(fromAddress, recent));
    if ((row?.n ?? 0) > THROTTLE.maxAccountsPerAddress) wait = Math.max(wait, await waitFor(fromAddress));
  }
  return wait;
}

/**
 * Records a sign-in attempt as a failure up front (so parallel attempts see each other) and
 * returns a handle to forget it again when the attempt turns out not to be a wrong password.
 */
export async function recordAttempt(
  db: Db,
  keys: ThrottleKeys,
  at: Date,
): Promise<{ at: Date; forget: () => Promise<void> }> {
  // Rows that no longer count go first: the table only ever holds the last window.
  await db.delete(signInFailures).where(lt(signInFailures.failedAt, new Date(at.getTime() - THROTTLE.windowMs)));
  const rows = await db
    .insert(signInFailures)
    .values(ownKeys(keys).map((key) => ({ key, failedAt: at })))
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

/** After a successful sign-in: the account's and this device's failures no longer count. */
export async function clearAccount(db: Db, keys: ThrottleKeys): Promise<void> {
  const own = [keys.account, keys.device].filter((k) => k !== undefined);
  if (own.length > 0) await db.delete(signInFailures).where(inArray(signInFailures.key, own));
}

/** When an account is deleted: every failure recorded for it goes (nothing of the person stays). */
export async function forgetAccount(db: Db, email: string): Promise<void> {
  const digest = accountDigest(email);
  await db
    .delete(signInFailures)
    .where(or(eq(signInFailures.key, `account:${digest}`), like(signInFailures.key, `address:%|${digest}`)));
}

// The known-device cookie: `<device id>.<account digest>.<HMAC-SHA256 of both>`, set on a
// successful sign-in or sign-up. It says only "this browser signed in to this account before".

export const DEVICE_COOKIE = 'unknot.device';
const DEVICE_MAX_AGE_S = 400 * 24 * 3600;

const deviceMac = (secret: string, id: string, digest: string) =>
  createHmac('sha256', `${secret}:unknot-device`).update(`${id}.${digest}`).digest('base64url');

/** The device id of a valid device cookie for this account, else undefined. */
export function knownDevice(value: string | undefined, secret: string, digest: string): string | undefined {
  const [id, forDigest, mac, ...rest] = (value ?? '').split('.');
  if (!id || !forDigest || !mac || rest.length > 0 || forDigest !== digest || !/^[A-Za-z0-9_-]{22}$/.test(id))
    return undefined;
  const expected = Buffer.from(deviceMac(secret, id, digest));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined;
}

/** A Set-Cookie header marking this browser as a known device of the account. */
export function deviceCookie(secret: string, digest: string, secure: boolean, id?: string): string {
  const deviceId = id ?? randomBytes(16).toString('base64url');
  const value = `${deviceId}.${digest}.${deviceMac(secret, deviceId, digest)}`;
  return `${DEVICE_COOKIE}=${value}; Path=/api/auth; Max-Age=${DEVICE_MAX_AGE_S}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}
