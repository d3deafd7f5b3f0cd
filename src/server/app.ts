// buildApp: the Fastify application, without listening and without opening the database, so
// tests drive it through inject() against a real PostgreSQL.

import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { validate } from '#contract';
import { createAuth, mountAuth, sessionReader } from './auth.ts';
import { bodyProblem, MAX_JSON_DEPTH } from './body-guard.ts';
import { type Config, trustProxyOption } from './config.ts';
import { RETRY_AFTER_SECONDS } from './db/availability.ts';
import type { Database } from './db/client.ts';
import { HttpProblem } from './errors.ts';
import {
  clientErrorHandler,
  databaseUnavailable,
  frameworkErrors,
  installErrorHandler,
  installNotFoundHandler,
  RequestValidationError,
} from './http-errors.ts';
import type { InstrumentTexts } from './instrument-text.ts';
import { openApiObject } from './openapi-document.ts';
import { createReminders, type Reminders } from './reminders/reminders.ts';
import { installRequestLog } from './request-log.ts';
import { responseSerializer } from './response-check.ts';
import { assessmentRoutes } from './routes/assessments.ts';
import { checkinRoutes } from './routes/checkins.ts';
import { episodeRoutes } from './routes/episodes.ts';
import { exportRoutes } from './routes/exports.ts';
import { healthRoutes } from './routes/health.ts';
import { instrumentRoutes } from './routes/instruments.ts';
import { pegRoutes } from './routes/peg.ts';
import { questionRoutes } from './routes/questions.ts';
import { reminderRoutes } from './routes/reminders.ts';
import { addSharedProblems } from './routes/responses.ts';
import { securityHeaders } from './security-headers.ts';
import { generateVapidKeys, type VapidKeys } from './vapid-keys.ts';
import { serveWebApp } from './web-app.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The reminder queue (reminders.ts). */
    reminders: Reminders;
  }
}

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
  /** Where log lines go (standard output when absent); tests pass their own. */
  readonly logStream?: { write(line: string): void };
  /** The VAPID key pair (main.ts: from config or DATA_DIR); when absent, one made for this process. */
  readonly vapidKeys?: VapidKeys | undefined;
  /** The operator's licensed questionnaire text (INSTRUMENT_TEXT_FILE, read by main.ts). */
  readonly instrumentTexts?: InstrumentTexts;
  /** Run the reminder queue (pg-boss) once ready: main.ts and the reminder tests do. */
  readonly startReminders?: boolean;
  /** How often the reminder queue looks for due reminders (pg-boss polling, seconds, ≥ 0.5). */
  readonly reminderPollingSeconds?: number;
  /** Tests: every JSON answer must match its route's response schema (response-check.ts). */
  readonly checkResponses?: boolean;
};

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const now = deps.now ?? (() => new Date());
  const https = config.publicUrl.startsWith('https://');
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // Errors before a route is chosen, and before there is a request at all, are problems too.
    frameworkErrors: frameworkErrors(https),
    clientErrorHandler: clientErrorHandler(https),
    logger: {
      level: config.logLevel,
      // No pid and host name on every line.
      base: null,
      // Never log secrets or health data: no bodies, no cookies, no auth headers.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    // Fastify's two JSON lines per request are replaced by one short line (request-log.ts).
    logController: new LogController({ disableRequestLogging: true }),
    // Off unless TRUST_PROXY names the proxies in front (README): otherwise a client could pick
    // its own address for the sign-in throttle with an X-Forwarded-For header.
    trustProxy: trustProxyOption(config.trustProxy),
  });

  // JSON only: other bodies get 415 rather than being read as text.
  app.removeContentTypeParser(['text/plain']);

  app.setValidatorCompiler(({ schema, httpPart }) => (data: unknown) => {
    const result = validate(schema as z.ZodType, data);
    return result.ok
      ? { value: result.value }
      : { error: new RequestValidationError(httpPart ?? 'body', result.problems) };
  });

  app.setSerializerCompiler(responseSerializer(deps.checkResponses ?? false));
  app.addHook('onRoute', addSharedProblems);

  installRequestLog(app);
  installErrorHandler(app, BODY_LIMIT);
  installNotFoundHandler(app, deps.webDir);

  // What no body of ours may hold (deep nesting, NUL characters) is refused before validation.
  app.addHook('preValidation', async (request) => {
    const problem = bodyProblem(request.body);
    if (!problem) return;
    const { path, message } = problem;
    const detail =
      problem.kind === 'depth'
        ? `The body is nested too deeply: send at most ${MAX_JSON_DEPTH} levels of brackets.`
        : `Please correct this field: ${path} ${message}.`;
    throw new HttpProblem('APP_ERR_VALIDATION', detail, { errors: [{ path, message, location: 'body' }] });
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

  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0] ?? '/';
    reply.headers(securityHeaders(path, https));
    // A 500 while the database is down, or just after a request was refused for a full queue,
    // is the database's doing (better-auth, for one, turns a failed query into its own 500): say
    // so, with a 503 the client may retry.
    const { availability } = database;
    if (reply.statusCode >= 500 && reply.statusCode !== 503 && (!availability.isUp() || availability.isOverloaded())) {
      reply
        .code(503)
        .type('application/problem+json')
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .removeHeader('content-length');
      return JSON.stringify(databaseUnavailable(path));
    }
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
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'better-auth.session_token',
            description: 'The session cookie that POST /api/auth/sign-in/email sets (__Secure- prefixed over HTTPS).',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: openApiObject,
  });
  // No online validator badge: the docs page loads nothing from other sites (DOCS_CSP).
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
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
  instrumentRoutes(app, deps.instrumentTexts ?? new Map());
  // The secret better-auth signs its cookies with (its own choice among configured secrets).
  const { secret } = await auth.$context;
  const readSession = sessionReader(database.pool, secret, https);
  assessmentRoutes(app, database.db, readSession, now);
  episodeRoutes(app, database.db, readSession);
  checkinRoutes(app, database.db, readSession);
  exportRoutes(app, database.db, readSession, now);
  pegRoutes(app, database.db, readSession);

  const vapid = deps.vapidKeys ?? config.vapid ?? generateVapidKeys();
  const reminders = createReminders({
    database,
    vapid,
    subject: config.vapidSubject,
    allowLoopback: config.pushAllowLoopback,
    now,
    log: app.log,
    ...(deps.reminderPollingSeconds !== undefined ? { pollingIntervalSeconds: deps.reminderPollingSeconds } : {}),
  });
  app.decorate('reminders', reminders);
  reminderRoutes(app, { db: database.db, readSession, reminders, vapid, allowLoopback: config.pushAllowLoopback });
  // Started in the background: readiness never waits for the queue (or for a database that is down).
  if (deps.startReminders) app.addHook('onReady', async () => reminders.start());
  // Before the database closes (main.ts closes it after the app).
  app.addHook('onClose', async () => reminders.stop());

  return app;
}
