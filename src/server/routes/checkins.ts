// /api/checkins/{date}: one check-in per person per local day (a new one replaces it). Each
// write re-runs the red-flag screen and the follow-up rules and returns the escalation.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type CheckinInput, CheckinInputSchema, CheckinWithDateSchema, LocalDateSchema } from '#contract';
import { type EscalationContext, escalateCheckin } from '#engine';
import { FINDING_CODES, type FindingCode } from '#knowledge';
import { type SessionReader, signedIn } from '../auth.ts';
import type { Db } from '../db/client.ts';
import {
  type CheckinRow,
  deleteCheckin,
  getCheckin,
  latestAssessment,
  listCheckins,
  localDateOf,
  previousCheckin,
  putCheckin,
} from '../db/diary-repo.ts';
import { HttpProblem } from '../errors.ts';

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

const answersOf = (row: CheckinRow) => ({
  date: row.date,
  painAverage: row.painAverage,
  gettingBetter: row.gettingBetter,
  findings: codes(row.findings),
  unsure: codes(row.unsure),
});

/** Age and episode start from the person's latest saved check, and the previous day's flags. */
async function contextFor(db: Db, userId: string, row: CheckinRow): Promise<EscalationContext> {
  const latest = await latestAssessment(db, userId);
  const intake = latest?.intake as
    | { age?: number; sex?: 'female' | 'male' | 'other'; onsetDaysAgo?: number }
    | undefined;
  let episodeStart: string | undefined;
  if (latest && typeof intake?.onsetDaysAgo === 'number') {
    const began = new Date(latest.createdAt.getTime() - intake.onsetDaysAgo * 86_400_000);
    episodeStart = localDateOf(began, row.timeZone);
  }
  const previous = await previousCheckin(db, userId, row.date);
  const previousRedFlags = previous
    ? escalateCheckin(answersOf(previous), { age: intake?.age, sex: intake?.sex, episodeStart }).redFlags.map(
        (f) => f.code,
      )
    : [];
  return { age: intake?.age, sex: intake?.sex, episodeStart, previousRedFlags };
}

const DateParams = z.object({ date: LocalDateSchema });
const notFound = () => new HttpProblem('APP_ERR_NOT_FOUND', 'There is no check-in for this date in your diary.');

export function checkinRoutes(app: FastifyInstance, db: Db, readSession: SessionReader): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const requireSignIn = signedIn(readSession);
  const save = async (userId: string, date: string, input: CheckinInput) => {
    const { row, created } = await putCheckin(db, userId, date, input);
    const escalation = escalateCheckin(answersOf(row), await contextFor(db, userId, row));
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
    { onRequest: requireSignIn, schema: { tags: ['diary'], summary: 'One day’s check-in', params: DateParams } },
    async (request) => {
      const row = await getCheckin(db, request.userId, request.params.date);
      if (!row) throw notFound();
      return checkinJson(row);
    },
  );

  r.delete(
    '/api/checkins/:date',
    { onRequest: requireSignIn, schema: { tags: ['diary'], summary: 'Delete a day’s check-in', params: DateParams } },
    async (request, reply) => {
      if (!(await deleteCheckin(db, request.userId, request.params.date))) throw notFound();
      return reply.code(204).send();
    },
  );
}
