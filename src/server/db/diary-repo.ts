// Data access for a person's diary and saved checks. Every function takes the owner's user id
// and every query is scoped by it: one person can never read or change another's rows.

import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { CheckinInput, EpisodeInput } from '#contract';
import { localDateIn } from '#engine';
import type { Db } from './client.ts';
import { assessments, checkins, episodes, user } from './schema.ts';

/** The local calendar date (YYYY-MM-DD) of an instant in an IANA time zone: the engine's rule. */
export const localDateOf = (instant: Date, timeZone: string): string => localDateIn(instant.toISOString(), timeZone);

const episodeValues = (input: EpisodeInput) => {
  const startedAt = new Date(input.startedAt);
  return {
    startedAt,
    endedAt: input.endedAt ? new Date(input.endedAt) : null,
    durationMinutes: input.durationMinutes ?? null,
    timeZone: input.timeZone,
    localDate: localDateOf(startedAt, input.timeZone),
    intensity: input.intensity,
    locations: input.locations,
    triggers: input.triggers,
    reliefTried: input.reliefTried,
    notes: input.notes,
  };
};

export type EpisodeRow = typeof episodes.$inferSelect;
export type CheckinRow = typeof checkins.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;

export async function createEpisode(db: Db, userId: string, input: EpisodeInput): Promise<EpisodeRow> {
  return (await createEpisodeOnce(db, userId, input, null)).row;
}

/**
 * Stores a new episode, or, when this person already made one with the same idempotency key,
 * returns that one (`created: false`) and stores nothing. Concurrent requests with one key make
 * one row: the unique index (user_id, idempotency_key) lets only one insert through, and the
 * others wait for it and then read it.
 */
export async function createEpisodeOnce(
  db: Db,
  userId: string,
  input: EpisodeInput,
  idempotencyKey: string | null,
): Promise<{ row: EpisodeRow; created: boolean }> {
  // The row is built here (id, millisecond times) rather than read back in full with RETURNING,
  // which doubles the cost of this, the most frequent write.
  const now = new Date();
  const row: EpisodeRow = {
    userId,
    id: randomUUID(),
    ...episodeValues(input),
    idempotencyKey,
    createdAt: now,
    updatedAt: now,
  };
  if (idempotencyKey === null) {
    await db.insert(episodes).values(row);
    return { row, created: true };
  }
  const inserted = await db
    .insert(episodes)
    .values(row)
    .onConflictDoNothing({ target: [episodes.userId, episodes.idempotencyKey] })
    .returning({ id: episodes.id });
  if (inserted.length > 0) return { row, created: true };
  const [existing] = await db
    .select()
    .from(episodes)
    .where(and(eq(episodes.userId, userId), eq(episodes.idempotencyKey, idempotencyKey)));
  if (!existing) throw new Error('idempotent insert found neither a new nor a stored row');
  return { row: existing, created: false };
}

export async function getEpisode(db: Db, userId: string, id: string): Promise<EpisodeRow | undefined> {
  const [row] = await db
    .select()
    .from(episodes)
    .where(and(eq(episodes.userId, userId), eq(episodes.id, id)));
  return row;
}

export async function updateEpisode(
  db: Db,
  userId: string,
  id: string,
  input: EpisodeInput,
): Promise<EpisodeRow | undefined> {
  const [row] = await db
    .update(episodes)
    .set({ ...episodeValues(input), updatedAt: new Date() })
    .where(and(eq(episodes.userId, userId), eq(episodes.id, id)))
    .returning();
  return row;
}

export async function deleteEpisode(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(episodes)
    .where(and(eq(episodes.userId, userId), eq(episodes.id, id)))
    .returning({ id: episodes.id });
  return rows.length > 0;
}

export type Page = {
  from?: Date | undefined;
  to?: Date | undefined;
  after?: { at: Date; id: string } | undefined;
  limit: number;
};

/**
 * The rows after a cursor in (time, id) newest-first order, as one row comparison: the index on
 * (user_id, time DESC, id DESC) then starts the page at the cursor instead of filtering every
 * newer row of the person (src/server/db/list-queries.int.test.ts).
 */
const after = (at: PgColumn, id: PgColumn, cursor: { at: Date; id: string }): SQL =>
  sql`(${at}, ${id}) < (${sql.param(cursor.at, at)}, ${sql.param(cursor.id, id)})`;

/** Newest first; `after` continues from the last row of the previous page. */
export async function listEpisodes(db: Db, userId: string, page: Page): Promise<EpisodeRow[]> {
  const where: (SQL | undefined)[] = [eq(episodes.userId, userId)];
  if (page.from) where.push(gte(episodes.startedAt, page.from));
  if (page.to) where.push(lte(episodes.startedAt, page.to));
  if (page.after) {
    where.push(after(episodes.startedAt, episodes.id, page.after));
  }
  return db
    .select()
    .from(episodes)
    .where(and(...where))
    .orderBy(desc(episodes.startedAt), desc(episodes.id))
    .limit(page.limit);
}

export async function putCheckin(
  db: Db,
  userId: string,
  date: string,
  input: CheckinInput,
): Promise<{ row: CheckinRow; created: boolean }> {
  const values = { userId, date, ...input, findings: [...input.findings], unsure: [...input.unsure] };
  const existing = await getCheckin(db, userId, date);
  const [row] = await db
    .insert(checkins)
    .values(values)
    .onConflictDoUpdate({ target: [checkins.userId, checkins.date], set: { ...values, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return { row, created: existing === undefined };
}

export async function getCheckin(db: Db, userId: string, date: string): Promise<CheckinRow | undefined> {
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.date, date)));
  return row;
}

/** The check-ins before `date`, newest first. */
export async function checkinsBefore(db: Db, userId: string, date: string, limit: number): Promise<CheckinRow[]> {
  return db
    .select()
    .from(checkins)
    .where(and(eq(checkins.userId, userId), lt(checkins.date, date)))
    .orderBy(desc(checkins.date))
    .limit(limit);
}

export async function listCheckins(
  db: Db,
  userId: string,
  range: { from?: string | undefined; to?: string | undefined; limit: number },
): Promise<CheckinRow[]> {
  const where: SQL[] = [eq(checkins.userId, userId)];
  if (range.from) where.push(gte(checkins.date, range.from));
  if (range.to) where.push(lte(checkins.date, range.to));
  return db
    .select()
    .from(checkins)
    .where(and(...where))
    .orderBy(desc(checkins.date))
    .limit(range.limit);
}

export async function deleteCheckin(db: Db, userId: string, date: string): Promise<boolean> {
  const rows = await db
    .delete(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.date, date)))
    .returning({ date: checkins.date });
  return rows.length > 0;
}

export type NewAssessment = {
  intake: unknown;
  assessment: unknown;
  disposition: string;
  knowledgeVersion: string;
  completedAt: Date;
  clientId?: string | undefined;
};

/**
 * Stores a check once per client id: when the person already has a check with this `clientId`
 * (a retried save, even one running at the same time), nothing is written and the stored row is
 * returned with `created: false`.
 */
export async function insertAssessment(
  db: Db,
  userId: string,
  record: NewAssessment,
): Promise<{ row: AssessmentRow; created: boolean }> {
  // Millisecond precision, like the cursors built from it.
  const values = { userId, ...record, clientId: record.clientId ?? null, createdAt: new Date() };
  const [row] = await db
    .insert(assessments)
    .values(values)
    .onConflictDoNothing({ target: [assessments.userId, assessments.clientId] })
    .returning();
  if (row) return { row, created: true };
  const [existing] = record.clientId
    ? await db
        .select()
        .from(assessments)
        .where(and(eq(assessments.userId, userId), eq(assessments.clientId, record.clientId)))
    : [];
  if (!existing) throw new Error('insert returned no row');
  return { row: existing, created: false };
}

/** When the account was created, or undefined when there is no such account. */
export async function accountCreatedAt(db: Db, userId: string): Promise<Date | undefined> {
  const [row] = await db.select({ createdAt: user.createdAt }).from(user).where(eq(user.id, userId));
  return row?.createdAt;
}

export async function getAssessment(db: Db, userId: string, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.userId, userId), eq(assessments.id, id)));
  return row;
}

export async function listAssessments(db: Db, userId: string, page: Page): Promise<AssessmentRow[]> {
  const where: (SQL | undefined)[] = [eq(assessments.userId, userId)];
  if (page.after) {
    where.push(after(assessments.createdAt, assessments.id, page.after));
  }
  return db
    .select()
    .from(assessments)
    .where(and(...where))
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
    .limit(page.limit);
}

/**
 * Saved checks completed before the instant `before`, the last completed first; `after`
 * continues from the last row of the previous page.
 */
export async function checksCompletedBefore(
  db: Db,
  userId: string,
  before: Date,
  page: { limit: number; after?: { at: Date; id: string } | undefined },
): Promise<AssessmentRow[]> {
  const where: (SQL | undefined)[] = [eq(assessments.userId, userId), lt(assessments.completedAt, before)];
  if (page.after) {
    where.push(after(assessments.completedAt, assessments.id, page.after));
  }
  return db
    .select()
    .from(assessments)
    .where(and(...where))
    .orderBy(desc(assessments.completedAt), desc(assessments.id))
    .limit(page.limit);
}
