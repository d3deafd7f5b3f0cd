// Every error the server sends is problem+json from the catalogue (errors.ts): thrown problems,
// validation, Fastify's own errors (bad JSON, media type, size, bad URL, overlong parameter), no
// such route (404) or method (405), and errors of the HTTP connection itself (408, 431, 400),
// which Node answers before Fastify sees a request.

import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '#contract';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './db/availability.ts';
import { ERRORS, type ErrorCode, HttpProblem, type ProblemDetails, problemBody, sendProblem } from './errors.ts';
import { safeError } from './safe-error.ts';
import { securityHeaders } from './security-headers.ts';
import { pageHtmlChooser } from './web-app.ts';

/** Thrown by the validator; the error handler lists every problem. */
export class RequestValidationError extends Error {
  readonly location: string;
  readonly problems: readonly Problem[];
  constructor(location: string, problems: readonly Problem[]) {
    super('invalid request');
    this.location = location;
    this.problems = problems;
  }
}

const pathOf = (url: string | undefined): string => (url ?? '/').split('?')[0] ?? '/';
const INTERNAL_DETAIL = 'Please try again. If it keeps happening, tell us what you were doing.';

/** The catalogue's code for another library's 4xx status; anything unknown is a bad request. */
function codeForStatus(status: number): ErrorCode {
  const found = Object.entries(ERRORS).find(([, e]) => e.status === status);
  return found && status !== 400 ? (found[0] as ErrorCode) : 'APP_ERR_BAD_REQUEST';
}

export function installErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError | HttpProblem | RequestValidationError, request, reply) => {
    const where = pathOf(request.url);
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
          problemBody('APP_ERR_TOO_LARGE', `Send at most ${bodyLimit / 1024} KB in one request.`, where),
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
    // JSON.parse's own SyntaxError (Fastify marks it 400) and the like: the body is unreadable.
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return sendProblem(
        reply,
        problemBody('APP_ERR_BAD_JSON', 'The body could not be read as JSON; check it and send it again.', where),
      );
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.debug({ err: safeError(error) }, 'request refused');
      return sendProblem(
        reply,
        problemBody(
          codeForStatus(error.statusCode),
          'The request could not be understood; check it and try again.',
          where,
        ),
      );
    }
    // A database that does not answer (stopped, restarting, refusing, too slow) is a 503.
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: safeError(error) }, 'database unavailable');
      return sendProblem(reply, databaseUnavailable(where), { 'retry-after': String(RETRY_AFTER_SECONDS) });
    }
    // Never leak internals: the log keeps the detail, the client gets a plain message.
    request.log.error({ err: safeError(error) }, 'unhandled error');
    return sendProblem(reply, problemBody('APP_ERR_INTERNAL', INTERNAL_DETAIL, where));
  });
}

export const databaseUnavailable = (where: string): ProblemDetails =>
  problemBody(
    'APP_ERR_DATABASE_UNAVAILABLE',
    `The database is not answering right now, so this was not done. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
    where,
  );

/**
 * 404 for a path with no route, 405 (with Allow) for a path that exists with other methods. The
 * web app, when served, answers any other GET of a page path with its index.html.
 */
export function installNotFoundHandler(app: FastifyInstance, webDir: string | undefined): void {
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    // The web app's catch-all '/*' stands for files, not for routes with methods.
    if (route.url === '/*') return;
    const source = route.url
      .split('/')
      .map((part) =>
        part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).map(String);
    routes.push({ pattern: new RegExp(`^${source}$`), methods });
  });

  const pageHtml = webDir ? pageHtmlChooser(webDir) : undefined;
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    // The web app routes in the browser: any other page path gets its index.html.
    if (pageHtml && request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile(pageHtml(path));
    }
    const allowed = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods));
    if (allowed.has('GET')) allowed.add('HEAD');
    if (allowed.size > 0) {
      const allow = [...allowed].sort().join(', ');
      return sendProblem(
        reply,
        problemBody('APP_ERR_METHOD_NOT_ALLOWED', `${path} does not accept ${request.method}; use ${allow}.`, path),
        { allow },
      );
    }
    return sendProblem(reply, problemBody('APP_ERR_NOT_FOUND', `There is no ${request.method} ${path} here.`, path));
  });
}

/** Fastify's router errors (a URL that cannot be decoded, an overlong parameter) as problems. */
export function frameworkErrors(https: boolean) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const path = pathOf(request.raw.url);
    const body =
      error.code === 'FST_ERR_BAD_URL'
        ? problemBody(
            'APP_ERR_BAD_REQUEST',
            'The address could not be read: a % must start an escape such as %20. Check the link and try again.',
            path.slice(0, 200),
          )
        : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? problemBody(
              'APP_ERR_URI_TOO_LONG',
              'A part of this address is longer than 100 characters; ids and dates are much shorter. Check the link.',
              path.slice(0, 200),
            )
          : problemBody('APP_ERR_INTERNAL', INTERNAL_DETAIL, path.slice(0, 200));
    // These replies skip the app's hooks, so they get the protective headers here.
    sendProblem(reply, body, securityHeaders(path, https));
  };
}

/**
 * Errors Node's HTTP parser meets before there is a request (headers too large, a malformed
 * request, a timeout): answered with a problem on the raw socket, then the socket is closed.
 */
export function clientErrorHandler(https: boolean) {
  return (error: ConnectionError, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const body: ProblemDetails =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problemBody('APP_ERR_TIMEOUT', 'The request took too long to arrive. Please send it again.')
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? problemBody(
              'APP_ERR_HEADERS_TOO_LARGE',
              'The address or headers are too large (over 16 KB together). Use a shorter query, or clear this site’s cookies.',
            )
          : problemBody('APP_ERR_BAD_REQUEST', 'The request could not be read as HTTP. Please send it again.');
    if (socket.writable) {
      const text = JSON.stringify(body);
      const headers = {
        ...securityHeaders('/api/', https),
        'content-type': 'application/problem+json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
        connection: 'close',
      };
      const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
      socket.write(`HTTP/1.1 ${body.status} ${STATUS_CODES[body.status]}\r\n${lines.join('')}\r\n${text}`);
    }
    // As Node and Fastify do: the connection cannot be trusted to continue.
    socket.destroy(error);
  };
}
