// POST /api/assessments: intake → assessment. Anonymous calls are answered and not stored;
// signed-in calls are stored with the intake, the knowledge version and the time the check was
// completed. A client id makes the save idempotent: the same id again answers with the check
// already stored (200, not 201), as it was stored (its assessment and knowledge version).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AssessAnswerSchema, AssessmentSchema, CheckPageSchema, CheckSaveSchema, StoredCheckSchema } from '#contract';
import { assess } from '#engine';
import { type SessionReader, signedIn } from '../auth.ts';
import type { Db } from '../db/client.ts';
import {
  type AssessmentRow,
  accountCreatedAt,
  getAssessment,
  insertAssessment,
  listAssessments,
} from '../db/diary-repo.ts';
import { HttpProblem } from '../errors.ts';
import { decodeCursor, encodeCursor, LimitSchema } from './pagination.ts';
import { responses, SESSION } from './responses.ts';

const stored = (row: AssessmentRow) => ({
  id: row.id,
  clientId: row.clientId,
  createdAt: row.createdAt.toISOString(),
  completedAt: row.completedAt.toISOString(),
  knowledgeVersion: row.knowledgeVersion,
  intake: row.intake,
  assessment: row.assessment,
});

/**
 * The completion time to store: the one sent, kept within the account's lifetime. A time before
 * the account existed is stored as the account's creation; a time ahead of the server's clock
 * (clock skew, or a device set wrong) as the server's time, which dates the episode's start no
 * later than the person said. No time sent: now. Never refused, so a queued check is never lost.
 */
export function boundCompletedAt(sent: string | undefined, now: Date, accountCreated: Date | undefined): Date {
  const latest = now.getTime();
  const at = sent === undefined ? latest : Math.min(Date.parse(sent), latest);
  return new Date(accountCreated ? Math.max(at, accountCreated.getTime()) : at);
}

export function assessmentRoutes(
  app: FastifyInstance,
  db: Db,
  readSession: SessionReader,
  now: () => Date = () => new Date(),
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const requireSignIn = signedIn(readSession);
  r.post(
    '/api/assessments',
    {
      schema: {
        tags: ['check'],
        summary: 'Assess an intake (stored when signed in; a repeated clientId answers with the stored check)',
        body: CheckSaveSchema,
        response: responses({ 200: AssessAnswerSchema, 201: AssessAnswerSchema }),
      },
    },
    async (request, reply) => {
      const { clientId, completedAt, ...intake } = request.body;
      const assessment = assess(intake);
      AssessmentSchema.parse(assessment);
      const userId = await readSession(request);
      if (!userId) return { stored: false, assessment };
      const { row, created } = await insertAssessment(db, userId, {
        intake,
        assessment,
        disposition: assessment.disposition,
        knowledgeVersion: assessment.knowledgeVersion,
        completedAt: boundCompletedAt(completedAt, now(), await accountCreatedAt(db, userId)),
        clientId,
      });
      return reply.code(created ? 201 : 200).send({ stored: true, ...stored(row) });
    },
  );

  r.get(
    '/api/assessments',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['check'],
        summary: 'Your saved checks, newest first',
        querystring: z.strictObject({ limit: LimitSchema, cursor: z.string().optional() }),
        security: SESSION,
        response: responses({ 200: CheckPageSchema }),
      },
    },
    async (request) => {
      const userId = request.userId;
      const { limit, cursor } = request.query;
      const rows = await listAssessments(db, userId, {
        limit: limit + 1,
        after: cursor ? decodeCursor(cursor) : undefined,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(stored),
        nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
      };
    },
  );

  r.get(
    '/api/assessments/:id',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['check'],
        summary: 'One saved check',
        params: z.object({ id: z.uuid({ error: 'must be an id (UUID)' }) }),
        security: SESSION,
        response: responses({ 200: StoredCheckSchema }, [404]),
      },
    },
    async (request) => {
      const userId = request.userId;
      const row = await getAssessment(db, userId, request.params.id);
      if (!row) throw new HttpProblem('APP_ERR_NOT_FOUND', 'There is no saved check with this id in your account.');
      return stored(row);
    },
  );
}
