import type { FastifyInstance } from 'fastify';
import { HealthSchema, ReadySchema } from '#contract';
import { RETRY_AFTER_SECONDS } from '../db/availability.ts';
import type { Database } from '../db/client.ts';
import { problemBody, sendProblem } from '../errors.ts';
import { responses } from './responses.ts';

export function healthRoutes(app: FastifyInstance, database: Database): void {
  // Health says the process is up (whatever the database does); ready says whether the database
  // answers, within 2 s (client.ts READY_TIMEOUT_MS).
  app.get(
    '/api/health',
    { schema: { tags: ['service'], summary: 'The process is up', response: responses({ 200: HealthSchema }) } },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/api/ready',
    {
      schema: { tags: ['service'], summary: 'The database is reachable', response: responses({ 200: ReadySchema }) },
    },
    async (_request, reply) => {
      if (await database.isReachable()) return { status: 'ready' };
      return sendProblem(
        reply,
        problemBody(
          'APP_ERR_UNAVAILABLE',
          'The database cannot be reached right now. Try again shortly.',
          '/api/ready',
        ),
        { 'retry-after': String(RETRY_AFTER_SECONDS) },
      );
    },
  );
}
