// /api/episodes: the spasm diary's episodes (create, list, get, replace, delete).

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EpisodeInputSchema, EpisodePageSchema, EpisodeSchema, InstantSchema, SavedEpisodeSchema } from '#contract';
import { DIARY_NOTICES } from '#knowledge';
import { type SessionReader, signedIn } from '../auth.ts';
import type { Db } from '../db/client.ts';
import {
  createEpisodeOnce,
  deleteEpisode,
  type EpisodeRow,
  getEpisode,
  listEpisodes,
  updateEpisode,
} from '../db/diary-repo.ts';
import { HttpProblem } from '../errors.ts';
import { idempotencyKey } from './idempotency-key.ts';
import { decodeCursor, encodeCursor, LimitSchema } from './pagination.ts';
import { NoContent, responses, SESSION } from './responses.ts';

export const episodeJson = (row: EpisodeRow) => ({
  id: row.id,
  startedAt: row.startedAt.toISOString(),
  endedAt: row.endedAt ? row.endedAt.toISOString() : null,
  durationMinutes: row.durationMinutes,
  timeZone: row.timeZone,
  localDate: row.localDate,
  intensity: row.intensity,
  locations: row.locations,
  triggers: row.triggers,
  reliefTried: row.reliefTried,
  notes: row.notes,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Reminders from the knowledge base for the body areas this episode names. */
export function episodeNotices(row: EpisodeRow): string[] {
  return DIARY_NOTICES.filter((n) => row.locations.includes(n.whenLocation)).map((n) => n.text);
}

const IdParams = z.object({ id: z.uuid({ error: 'must be an id (UUID)' }) });
const notFound = () => new HttpProblem('APP_ERR_NOT_FOUND', 'There is no episode with this id in your diary.');

export function episodeRoutes(app: FastifyInstance, db: Db, readSession: SessionReader): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const requireSignIn = signedIn(readSession);
  r.post(
    '/api/episodes',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Log a spasm episode (201; a repeated Idempotency-Key answers 200 with the stored episode)',
        body: EpisodeInputSchema,
        security: SESSION,
        response: responses({ 200: SavedEpisodeSchema, 201: SavedEpisodeSchema }),
      },
    },
    async (request, reply) => {
      const key = idempotencyKey(request);
      const { row, created } = await createEpisodeOnce(db, request.userId, request.body, key);
      return reply
        .code(created ? 201 : 200)
        .header('location', `/api/episodes/${row.id}`)
        .send({ ...episodeJson(row), notices: episodeNotices(row) });
    },
  );

  r.get(
    '/api/episodes',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Your episodes, newest first',
        querystring: z.strictObject({
          from: InstantSchema.optional(),
          to: InstantSchema.optional(),
          limit: LimitSchema,
          cursor: z.string().optional(),
        }),
        security: SESSION,
        response: responses({ 200: EpisodePageSchema }),
      },
    },
    async (request) => {
      const userId = request.userId;
      const { from, to, limit, cursor } = request.query;
      const rows = await listEpisodes(db, userId, {
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
        after: cursor ? decodeCursor(cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(episodeJson),
        nextCursor: rows.length > limit && last ? encodeCursor(last.startedAt, last.id) : null,
      };
    },
  );

  r.get(
    '/api/episodes/:id',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'One episode',
        params: IdParams,
        security: SESSION,
        response: responses({ 200: EpisodeSchema }, [404]),
      },
    },
    async (request) => {
      const row = await getEpisode(db, request.userId, request.params.id);
      if (!row) throw notFound();
      return episodeJson(row);
    },
  );

  r.put(
    '/api/episodes/:id',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Replace an episode',
        params: IdParams,
        body: EpisodeInputSchema,
        security: SESSION,
        response: responses({ 200: SavedEpisodeSchema }, [404]),
      },
    },
    async (request) => {
      const row = await updateEpisode(db, request.userId, request.params.id, request.body);
      if (!row) throw notFound();
      return { ...episodeJson(row), notices: episodeNotices(row) };
    },
  );

  r.delete(
    '/api/episodes/:id',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['diary'],
        summary: 'Delete an episode',
        params: IdParams,
        security: SESSION,
        response: responses({ 204: NoContent }, [404]),
      },
    },
    async (request, reply) => {
      if (!(await deleteEpisode(db, request.userId, request.params.id))) throw notFound();
      return reply.code(204).send();
    },
  );
}
