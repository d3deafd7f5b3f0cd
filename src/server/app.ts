// buildApp: the Fastify application, without listening and without opening the database, so
// tests drive it through inject() against a real PostgreSQL.

import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type Problem, validate } from '#contract';
import { createAuth, mountAuth, sessionReader } from './auth.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { HttpProblem, problemBody, sendProblem } from './errors.ts';
import { assessmentRoutes } from './routes/assessments.ts';
import { checkinRoutes } from './routes/checkins.ts';
import { episodeRoutes } from './routes/episodes.ts';
import { healthRoutes } from './routes/health.ts';
import { questionRoutes } from './routes/questions.ts';
import { safeError } from './safe-error.ts';
import { serveWebApp } from './web-app.ts';

export const BODY_LIMIT = 64 * 1024;

export type AppDeps = {
  readonly config: Config;
  /** The built web app (dist/web) to serve at /, when it exists. */
  readonly webDir?: string | undefined;
  readonly database: Database;
  /** The auth secret (from config or generated into the data dir by main.ts). */
  readonly authSecret: string;
  /** The clock, for the sign-in throttle; tests pass their own. */
  readonly now?: () => Date;
};

/** Thrown by the validator; the error handler lists every problem. */
class RequestValidationError extends Error {
  readonly location: string;
  readonly problems: readonly Problem[];
  constructor(location: string, problems: readonly Problem[]) {
    super('invalid request');
    this.location = location;
    this.problems = problems;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: {
      level: config.logLevel,
      // Never log secrets or health data: no bodies, no cookies, no auth headers.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    trustProxy: false,
  });

  // JSON only: other bodies get 415 rather than being read as text.
  app.removeContentTypeParser(['text/plain']);

  app.setValidatorCompiler(({ schema, httpPart }) => (data: unknown) => {
    const result = validate(schema as z.ZodType, data);
    return result.ok
      ? { value: result.value }
      : { error: new RequestValidationError(httpPart ?? 'body', result.problems) };
  });

  app.setErrorHandler((error: FastifyError | HttpProblem | RequestValidationError, request, reply) => {
    const where = request.url.split('?')[0];
    if (error instanceof RequestValidationError) {
      const errors = error.problems.map((p) => ({ ...p, location: error.location }));
      const detail = `Please correct ${errors.length === 1 ? 'this field' : `these ${errors.length} fields`}: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`;
      return sendProblem(reply, problemBody('APP_ERR_VALIDATION', detail, where, errors));
    }
    if (error instanceof HttpProblem) {
      return sendProblem(reply, problemBody(error.code, error.detail, where, error.extra.errors), error.extra.headers);
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(
          reply,
          problemBody('APP_ERR_TOO_LARGE', `Send at most ${BODY_LIMIT / 1024} KB in one request.`, where),
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(
          reply,
          problemBody(
            'APP_ERR_UNSUPPORTED_MEDIA_TYPE',
            'Send the body as JSON with Content-Type: application/json.',
            where,
          ),
        );
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(
          reply,
          problemBody(
            'APP_ERR_BAD_JSON',
            'The body could not be read as JSON; check for a missing quote, comma or bracket.',
            where,
          ),
        );
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, problemBody('APP_ERR_VALIDATION', 'The request could not be understood.', where));
    }
    // Never leak internals: the log keeps the detail, the client gets a plain message.
    request.log.error({ err: safeError(error) }, 'unhandled error');
    return sendProblem(
      reply,
      problemBody('APP_ERR_INTERNAL', 'Please try again. If it keeps happening, tell us what you were doing.', where),
    );
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // The web app routes in the browser: any other page path gets its index.html.
    if (deps.webDir && request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(reply, problemBody('APP_ERR_NOT_FOUND', `There is no ${request.method} ${path} here.`, path));
  });

  // Cross-site request forgery: a browser always sends Origin on a state-changing request, so one
  // from another site is refused (cookies are SameSite=Lax too). Clients without a browser
  // (curl, the CLI, integrations) send no Origin and are unaffected.
  const origin = new URL(config.publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const sent = request.headers.origin;
    if (sent !== undefined && sent !== origin) {
      throw new HttpProblem('APP_ERR_FORBIDDEN', `Requests from ${sent} are not accepted; use Unknot from ${origin}.`);
    }
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Unknot API',
        version: '0.1.0',
        description: 'Safe, explained help for lower back spasms: the check, saved assessments and the spasm diary.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (deps.webDir) await serveWebApp(app, deps.webDir);

  const auth = createAuth({
    db: database.db,
    secret: deps.authSecret,
    publicUrl: config.publicUrl,
  });
  mountAuth(app, auth, database.db, now, config.publicUrl);
  healthRoutes(app, database);
  questionRoutes(app);
  const readSession = sessionReader(database.pool, config.publicUrl.startsWith('https://'));
  assessmentRoutes(app, database.db, readSession);
  episodeRoutes(app, database.db, readSession);
  checkinRoutes(app, database.db, readSession);

  return app;
}
