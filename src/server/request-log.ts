// One concise log line per request, at `info` only: method, path, status and time. No query
// string (it may hold a search or a token), no headers, no bodies (health data), and any long
// opaque path segment (a reset token in /api/auth/reset-password/…) masked.
import type { FastifyInstance } from 'fastify';

const OPAQUE = /^[A-Za-z0-9_.~%-]{24,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The path as it may be logged: no query string, long opaque segments (tokens) as "…". */
export function loggedPath(url: string): string {
  const path = url.split(/[?#]/)[0] || '/';
  return path
    .split('/')
    .map((segment) => (OPAQUE.test(segment) && !UUID.test(segment) ? '…' : segment))
    .join('/')
    .slice(0, 200);
}

export function requestLine(method: string, url: string, status: number, ms: number): string {
  return `${method} ${loggedPath(url)} ${status} ${Math.round(ms)}ms`;
}

/** Logs each finished request at `info` (Fastify's own request logging is turned off). */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    app.log.info(requestLine(request.method, request.url, reply.statusCode, reply.elapsedTime));
  });
}
