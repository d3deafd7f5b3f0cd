// /api/peg: the weekly PEG (create, list, get, delete), scoped to the signed-in person like the
// diary. The score is the engine's pegScore of the stored answers.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LocalDateSchema, PegInputSchema, PegListSchema, PegSchema } from '#contract';
import { pegScore } from '#engine';
import { type SessionReader, signedIn } from '../auth.ts';
import type { Db } from '../db/client.ts';
import { createPegOnce, deletePeg, getPeg, listPegs, type PegRow } from '../db/peg-repo.ts';
import { HttpProblem } from '../errors.ts';
import { idempotencyKey } from './idempotency-key.ts';
import { NoContent, responses, SESSION } from './responses.ts';

export const pegJson = (row: PegRow) => ({
  id: row.id,
  date: row.date,
  timeZone: row.timeZone,
  pain: row.pain,
  enjoyment: row.enjoyment,
  activity: row.activity,
  score: pegScore(row),
  createdAt: row.createdAt.toISOString(),
});

const IdParams = z.object({ id: z.uuid({ error: 'must be an id (UUID)' }) });
const notFound = () => new HttpProblem('APP_ERR_NOT_FOUND', 'There is no PEG answer with this id in your diary.');

export function pegRoutes(app: FastifyInstance, db: Db, readSession: SessionReader): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const requireSignIn = signedIn(readSession);
  r.post(
    '/api/peg',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary:
          'Save a weekly PEG (pain, enjoyment, activity); a repeated Idempotency-Key answers 200 with the stored one',
        body: PegInputSchema,
        security: SESSION,
        response: responses({ 200: PegSchema, 201: PegSchema }),
      },
    },
    async (request, reply) => {
      const key = idempotencyKey(request);
      const { row, created } = await createPegOnce(db, request.userId, request.body, key);
      return reply
        .code(created ? 201 : 200)
        .header('location', `/api/peg/${row.id}`)
        .send(pegJson(row));
    },
  );

  r.get(
    '/api/peg',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Your PEG answers, newest first',
        querystring: z.strictObject({
          from: LocalDateSchema.optional(),
          to: LocalDateSchema.optional(),
          limit: z.coerce.number().int().min(1).max(600).default(60),
        }),
        security: SESSION,
        response: responses({ 200: PegListSchema }),
      },
    },
    async (request) => {
      const { from, to, limit } = request.query;
      const rows = await listPegs(db, request.userId, { from, to, limit });
      return { items: rows.map(pegJson) };
    },
  );

  r.get(
    '/api/peg/:id',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'One PEG answer',
        params: IdParams,
        security: SESSION,
        response: responses({ 200: PegSchema }, [404]),
      },
    },
    async (request) => {
      const row = await getPeg(db, request.userId, request.params.id);
      if (!row) throw notFound();
      return pegJson(row);
    },
  );

  r.delete(
    '/api/peg/:id',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Delete a PEG answer',
        params: IdParams,
        security: SESSION,
        response: responses({ 204: NoContent }, [404]),
      },
    },
    async (request, reply) => {
      if (!(await deletePeg(db, request.userId, request.params.id))) throw notFound();
      return reply.code(204).send();
    },
  );
}
