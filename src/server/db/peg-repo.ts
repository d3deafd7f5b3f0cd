// Data access for weekly PEG answers. Every function takes the owner's user id and every query
// is scoped by it, as in diary-repo.ts.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { PegInput } from '#contract';
import type { Db } from './client.ts';
import { pegs } from './schema.ts';

export type PegRow = typeof pegs.$inferSelect;

export async function createPeg(db: Db, userId: string, input: PegInput): Promise<PegRow> {
  return (await createPegOnce(db, userId, input, null)).row;
}

/** A new PEG answer, or the one this person already made with this idempotency key (as createEpisodeOnce). */
export async function createPegOnce(
  db: Db,
  userId: string,
  input: PegInput,
  idempotencyKey: string | null,
): Promise<{ row: PegRow; created: boolean }> {
  const row: PegRow = { userId, id: randomUUID(), ...input, idempotencyKey, createdAt: new Date() };
  if (idempotencyKey === null) {
    await db.insert(pegs).values(row);
    return { row, created: true };
  }
  const inserted = await db
    .insert(pegs)
    .values(row)
    .onConflictDoNothing({ target: [pegs.userId, pegs.idempotencyKey] })
    .returning({ id: pegs.id });
  if (inserted.length > 0) return { row, created: true };
  const [existing] = await db
    .select()
    .from(pegs)
    .where(and(eq(pegs.userId, userId), eq(pegs.idempotencyKey, idempotencyKey)));
  if (!existing) throw new Error('idempotent insert found neither a new nor a stored row');
  return { row: existing, created: false };
}

export async function getPeg(db: Db, userId: string, id: string): Promise<PegRow | undefined> {
  const [row] = await db
    .select()
    .from(pegs)
    .where(and(eq(pegs.userId, userId), eq(pegs.id, id)));
  return row;
}

/** Newest date first (then newest id), within [from, to] when given. */
export async function listPegs(
  db: Db,
  userId: string,
  range: { from?: string | undefined; to?: string | undefined; limit: number },
): Promise<PegRow[]> {
  const where: SQL[] = [eq(pegs.userId, userId)];
  if (range.from) where.push(gte(pegs.date, range.from));
  if (range.to) where.push(lte(pegs.date, range.to));
  return db
    .select()
    .from(pegs)
    .where(and(...where))
    .orderBy(desc(pegs.date), desc(pegs.createdAt), desc(pegs.id))
    .limit(range.limit);
}

export async function deletePeg(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(pegs)
    .where(and(eq(pegs.userId, userId), eq(pegs.id, id)))
    .returning({ id: pegs.id });
  return rows.length > 0;
}
