// POST /api/assessments: intake → assessment. Anonymous calls are answered and not stored;
// signed-in calls are stored with the intake, the knowledge version and the time.

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AssessmentSchema, IntakeSchema } from '#contract';
import { assess } from '#engine';
import { type SessionReader, signedIn } from '../auth.ts';
import type { Db } from '../db/client.ts';
import { type AssessmentRow, getAssessment, insertAssessment, listAssessments } from '../db/diary-repo.ts';
import { HttpProblem } from '../errors.ts';
import { decodeCursor, encodeCursor, LimitSchema } from './pagination.ts';

const stored = (row: AssessmentRow) => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  knowledgeVersion: row.knowledgeVersion,
  intake: row.intake,
  assessment: row.assessment,
});

export function assessmentRoutes(app: FastifyInstance, db: Db, readSession: SessionReader): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const requireSignIn = signedIn(readSession);
  r.post(
    '/api/assessments',
    { schema: { tags: ['check'], summary: 'Assess an intake (stored when signed in)', body: IntakeSchema } },
    async (request, reply) => {
      const assessment = assess(request.body);
      AssessmentSchema.parse(assessment);
      const userId = await readSession(request);
      if (!userId) return { stored: false, assessment };
      const row = await insertAssessment(db, userId, {
        intake: request.body,
        assessment,
        disposition: assessment.disposition,
        knowledgeVersion: assessment.knowledgeVersion,
      });
      return reply.code(201).send({ stored: true, ...stored(row) });
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
