// /api/checkins/{date}: one check-in per person per local day (a new one replaces it). Each
// write re-runs the red-flag screen and the follow-up rules and returns the escalation, built
// by the engine (diaryEscalation) from the stored check-ins and saved checks.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CheckinInput,
  CheckinInputSchema,
  CheckinListSchema,
  CheckinSchema,
  CheckinWithDateSchema,
  LocalDateSchema,
  SavedCheckinSchema,
} from '#contract';
import {
  afterLocalDayEverywhere,
  type CheckinAnswers,
  checkEpisodeStart,
  diaryEscalation,
  runStart,
  type SavedCheck,
  savedCheckFor,
} from '#engine';
import { FINDING_CODES, type FindingCode } from '#knowledge';
import { type SessionReader, signedIn } from '../auth.ts';
import type { Db } from '../db/client.ts';
import {
  type AssessmentRow,
  type CheckinRow,
  checkinsBefore,
  checksCompletedBefore,
  deleteCheckin,
  getCheckin,
  listCheckins,
  putCheckin,
} from '../db/diary-repo.ts';
import { HttpProblem } from '../errors.ts';
import { NoContent, responses, SESSION } from './responses.ts';

const codes = (values: readonly string[]): FindingCode[] =>
  values.filter((v): v is FindingCode => (FINDING_CODES as readonly string[]).includes(v));

const checkinJson = (row: CheckinRow) => ({
  date: row.date,
  timeZone: row.timeZone,
  painAverage: row.painAverage,
  interferenceActivity: row.interferenceActivity,
  interferenceSleep: row.interferenceSleep,
  gettingBetter: row.gettingBetter,
  findings: row.findings,
  unsure: row.unsure,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const answersOf = (row: CheckinRow): CheckinAnswers => ({
  date: row.date,
  painAverage: row.painAverage,
  gettingBetter: row.gettingBetter,
  findings: codes(row.findings),
  unsure: codes(row.unsure),
});

const savedCheckOf = (row: AssessmentRow): SavedCheck => ({
  completedAt: row.completedAt.toISOString(),
  intake: row.intake,
});

const PAGE = 50;

/** The latest saved check completed by the end of the check-in's local day (engine: savedCheckFor). */
async function checkFor(db: Db, userId: string, row: CheckinRow): Promise<SavedCheck | null> {
  // Every check of that local day or before was completed before this instant, in any zone;
  // the engine tells apart the few after it. Pages continue only past checks of later days.
  const before = new Date(afterLocalDayEverywhere(row.date));
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const page = await checksCompletedBefore(db, userId, before, { limit: PAGE, after });
    const found = savedCheckFor(page.map(savedCheckOf), row.date, row.timeZone);
    const last = page.at(-1);
    if (found || page.length < PAGE || !last) return found;
    after = { at: last.completedAt, id: last.id };
  }
}

/**
 * The check-ins before this one, newest first: the previous one always, and back to the start
 * of the latest run when no check dates the episode (engine: diaryEscalation).
 */
async function earlierCheckins(db: Db, userId: string, row: CheckinRow, dated: boolean): Promise<CheckinAnswers[]> {
  const earlier: CheckinAnswers[] = [];
  let before = row.date;
  for (;;) {
    const page = (await checkinsBefore(db, userId, before, dated ? 1 : PAGE)).map(answersOf);
    earlier.push(...page);
    const last = page.at(-1);
    // The run may go on past this page only if it reaches the page's oldest check-in.
    if (dated || page.length < PAGE || !last || runStart([row, ...earlier]) !== last.date) return earlier;
    before = last.date;
  }
}

/** The escalation for a saved check-in, read exactly as the web's trends banner reads it. */
async function escalationFor(db: Db, userId: string, row: CheckinRow) {
  const check = await checkFor(db, userId, row);
  const earlier = await earlierCheckins(db, userId, row, checkEpisodeStart(check, row.timeZone) !== undefined);
  return diaryEscalation({ ...answersOf(row), timeZone: row.timeZone }, earlier, check).escalation;
}

const DateParams = z.object({ date: LocalDateSchema });
const notFound = () => new HttpProblem('APP_ERR_NOT_FOUND', 'There is no check-in for this date in your diary.');

export function checkinRoutes(app: FastifyInstance, db: Db, readSession: SessionReader): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const requireSignIn = signedIn(readSession);
  const save = async (userId: string, date: string, input: CheckinInput) => {
    const { row, created } = await putCheckin(db, userId, date, input);
    const escalation = await escalationFor(db, userId, row);
    return { status: created ? 201 : 200, body: { checkin: checkinJson(row), escalation } };
  };

  r.post(
    '/api/checkins',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Save the check-in for a day (replaces that day’s check-in); returns the escalation',
        body: CheckinWithDateSchema,
        security: SESSION,
        response: responses({ 200: SavedCheckinSchema, 201: SavedCheckinSchema }),
      },
    },
    async (request, reply) => {
      const { date, ...input } = request.body;
      const { status, body } = await save(request.userId, date, input);
      return reply.code(status).send(body);
    },
  );

  r.put(
    '/api/checkins/:date',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Save the check-in for a day (replaces that day’s check-in); returns the escalation',
        params: DateParams,
        body: CheckinInputSchema,
        security: SESSION,
        response: responses({ 200: SavedCheckinSchema, 201: SavedCheckinSchema }),
      },
    },
    async (request, reply) => {
      const { status, body } = await save(request.userId, request.params.date, request.body);
      return reply.code(status).send(body);
    },
  );

  r.get(
    '/api/checkins',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Your check-ins, newest first',
        querystring: z.strictObject({
          from: LocalDateSchema.optional(),
          to: LocalDateSchema.optional(),
          limit: z.coerce.number().int().min(1).max(366).default(31),
        }),
        security: SESSION,
        response: responses({ 200: CheckinListSchema }),
      },
    },
    async (request) => {
      const userId = request.userId;
      const rows = await listCheckins(db, userId, request.query);
      return { items: rows.map(checkinJson) };
    },
  );

  r.get(
    '/api/checkins/:date',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'One day’s check-in',
        params: DateParams,
        security: SESSION,
        response: responses({ 200: CheckinSchema }, [404]),
      },
    },
    async (request) => {
      const row = await getCheckin(db, request.userId, request.params.date);
      if (!row) throw notFound();
      return checkinJson(row);
    },
  );

  r.delete(
    '/api/checkins/:date',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Delete a day’s check-in',
        params: DateParams,
        security: SESSION,
        response: responses({ 204: NoContent }, [404]),
      },
    },
    async (request, reply) => {
      if (!(await deleteCheckin(db, request.userId, request.params.date))) throw notFound();
      return reply.code(204).send();
    },
  );
}
