// Everything one account holds, read for the exports and written back by a backup import. Every
// query is scoped by the owner's user id. Records are JSON-ready (ISO instants), oldest first.

import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { localDateOf } from '../db/diary-repo.ts';
import { assessments, checkins, episodes, pegs, type ReliefTried } from '../db/schema.ts';

export type EpisodeRecord = {
  id: string;
  startedAt: string;
  endedAt: string | null;
  durationMinutes: number | null;
  timeZone: string;
  localDate: string;
  intensity: number;
  locations: string[];
  triggers: string[];
  reliefTried: ReliefTried[];
  notes: string;
  createdAt: string;
  updatedAt: string;
};

export type CheckinRecord = {
  date: string;
  timeZone: string;
  painAverage: number;
  interferenceActivity: number;
  interferenceSleep: number;
  gettingBetter: boolean;
  findings: string[];
  unsure: string[];
  createdAt: string;
  updatedAt: string;
};

export type CheckRecord = {
  id: string;
  clientId: string | null;
  createdAt: string;
  completedAt: string;
  knowledgeVersion: string;
  disposition: string;
  intake: unknown;
  assessment: unknown;
};

/** A weekly PEG as answered (its score is the engine's pegScore, never stored). */
export type PegRecord = {
  id: string;
  date: string;
  timeZone: string;
  pain: number;
  enjoyment: number;
  activity: number;
  createdAt: string;
};

/** The database or a transaction on it. */
export type Executor = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export type AccountData = {
  /** Oldest start first (ties by id). */
  episodes: EpisodeRecord[];
  /** Oldest date first. */
  checkins: CheckinRecord[];
  /** Saved checks, first completed first (ties by id). */
  checks: CheckRecord[];
  /** Weekly PEG answers, oldest date first (ties by time saved, then id). */
  pegs: PegRecord[];
};

const iso = (d: Date) => d.toISOString();

export async function readAccountData(db: Db, userId: string): Promise<AccountData> {
  const [episodeRows, checkinRows, checkRows, pegRows] = await Promise.all([
    db.select().from(episodes).where(eq(episodes.userId, userId)).orderBy(asc(episodes.startedAt), asc(episodes.id)),
    db.select().from(checkins).where(eq(checkins.userId, userId)).orderBy(asc(checkins.date)),
    db
      .select()
      .from(assessments)
      .where(eq(assessments.userId, userId))
      .orderBy(asc(assessments.completedAt), asc(assessments.id)),
    db.select().from(pegs).where(eq(pegs.userId, userId)).orderBy(asc(pegs.date), asc(pegs.createdAt), asc(pegs.id)),
  ]);
  return {
    episodes: episodeRows.map((r) => ({
      id: r.id,
      startedAt: iso(r.startedAt),
      endedAt: r.endedAt ? iso(r.endedAt) : null,
      durationMinutes: r.durationMinutes,
      timeZone: r.timeZone,
      localDate: r.localDate,
      intensity: r.intensity,
      locations: r.locations,
      triggers: r.triggers,
      reliefTried: r.reliefTried,
      notes: r.notes,
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
    })),
    checkins: checkinRows.map((r) => ({
      date: r.date,
      timeZone: r.timeZone,
      painAverage: r.painAverage,
      interferenceActivity: r.interferenceActivity,
      interferenceSleep: r.interferenceSleep,
      gettingBetter: r.gettingBetter,
      findings: r.findings,
      unsure: r.unsure,
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
    })),
    checks: checkRows.map((r) => ({
      id: r.id,
      clientId: r.clientId,
      createdAt: iso(r.createdAt),
      completedAt: iso(r.completedAt),
      knowledgeVersion: r.knowledgeVersion,
      disposition: r.disposition,
      intake: r.intake,
      assessment: r.assessment,
    })),
    pegs: pegRows.map((r) => ({
      id: r.id,
      date: r.date,
      timeZone: r.timeZone,
      pain: r.pain,
      enjoyment: r.enjoyment,
      activity: r.activity,
      createdAt: iso(r.createdAt),
    })),
  };
}

/** True when the account has no episode, check-in, saved check or PEG answer. */
export async function isAccountEmpty(db: Executor, userId: string): Promise<boolean> {
  const result = await db.execute<{ any: boolean }>(sql`select
      exists (select 1 from ${episodes} where ${episodes.userId} = ${userId})
      or exists (select 1 from ${checkins} where ${checkins.userId} = ${userId})
      or exists (select 1 from ${assessments} where ${assessments.userId} = ${userId})
      or exists (select 1 from ${pegs} where ${pegs.userId} = ${userId}) as any`);
  return result.rows[0]?.any === false;
}

// PostgreSQL takes at most 65,535 parameters per statement; 14 columns × 1,000 rows stays under.
const CHUNK = 1000;
async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Writes validated records into an account, exactly as given (ids and times included); the
 * episode's local date is recomputed from its start and time zone. Run inside a transaction.
 */
export async function writeAccountData(tx: Executor, userId: string, data: AccountData): Promise<void> {
  await insertChunked(data.episodes, (chunk) =>
    tx.insert(episodes).values(
      chunk.map((e) => {
        const startedAt = new Date(e.startedAt);
        return {
          userId,
          id: e.id,
          startedAt,
          endedAt: e.endedAt ? new Date(e.endedAt) : null,
          durationMinutes: e.durationMinutes,
          timeZone: e.timeZone,
          localDate: localDateOf(startedAt, e.timeZone),
          intensity: e.intensity,
          locations: e.locations,
          triggers: e.triggers,
          reliefTried: e.reliefTried,
          notes: e.notes,
          createdAt: new Date(e.createdAt),
          updatedAt: new Date(e.updatedAt),
        };
      }),
    ),
  );
  await insertChunked(data.checkins, (chunk) =>
    tx.insert(checkins).values(
      chunk.map((c) => ({
        userId,
        ...c,
        createdAt: new Date(c.createdAt),
        updatedAt: new Date(c.updatedAt),
      })),
    ),
  );
  await insertChunked(data.checks, (chunk) =>
    tx.insert(assessments).values(
      chunk.map((c) => ({
        userId,
        id: c.id,
        clientId: c.clientId,
        createdAt: new Date(c.createdAt),
        completedAt: new Date(c.completedAt),
        knowledgeVersion: c.knowledgeVersion,
        disposition: c.disposition,
        intake: c.intake,
        assessment: c.assessment,
      })),
    ),
  );
  await insertChunked(data.pegs, (chunk) =>
    tx.insert(pegs).values(chunk.map((p) => ({ userId, ...p, createdAt: new Date(p.createdAt) }))),
  );
}

/** Locks the account's row until the transaction ends, so two imports cannot interleave. */
export async function lockAccount(tx: Executor, userId: string): Promise<void> {
  await tx.execute(sql`select id from "user" where id = ${userId} for update`);
}
