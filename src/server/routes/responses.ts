// The `response` part of a route schema: its success bodies (schemas from src/contract) and the
// problems it can answer with, each an RFC 9457 problem (application/problem+json) whose code is
// one of the catalogue's (errors.ts). A route names its own problems (404, 409, …); the ones that
// follow from its shape (input: 400, an account: 401, …) are added to every route by one hook.
// Used only to document and check answers: the serializer (response-check.ts) sends exactly what
// the handler returns.
import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import { ProblemDetailsSchema } from '#contract';
import { ERRORS } from '../errors.ts';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 414 | 415 | 422 | 429 | 500 | 503;

const codesFor = (status: number) =>
  Object.entries(ERRORS)
    .filter(([, e]) => e.status === status)
    .map(([code]) => code)
    .join(', ');

const WHEN: Record<ProblemStatus, string> = {
  400: 'The request is not valid: every wrong field is listed in `errors`',
  401: 'Not signed in',
  403: 'Refused: a request from another site',
  404: 'There is no such record in your account',
  409: 'This conflicts with what is stored',
  413: 'The body is too large',
  414: 'A part of the address is too long',
  415: 'The body is not JSON',
  422: 'The backup cannot be imported',
  429: 'Too many attempts: wait for Retry-After seconds',
  500: 'Something went wrong on the server',
  503: 'The database is not answering: try again after Retry-After seconds',
};

const problem = (status: ProblemStatus) => ({
  description: `${WHEN[status]} (${codesFor(status)}).`,
  content: { 'application/problem+json': { schema: ProblemDetailsSchema } },
});

/** No body (204). */
export const NoContent = z.null().describe('Done; no body.');

/** A body of another media type (a file to download). */
export const download = (description: string, mediaType: string, schema: z.ZodType = z.string()) => ({
  description,
  content: { [mediaType]: { schema } },
});

type Success = z.ZodType | ReturnType<typeof download>;

/**
 * A route's responses. Typed loosely on purpose: handlers return database rows whose JSON the
 * schema describes (checked at run time in tests, response-check.ts), not the schema's types.
 */
export function responses(success: Record<number, Success>, problems: readonly ProblemStatus[] = []): unknown {
  const out: Record<string, unknown> = {};
  for (const [status, body] of Object.entries(success)) {
    // A JSON body with its schema's description (a schema with an id is only a $ref in the document).
    out[status] =
      body instanceof z.ZodType && !(body instanceof z.ZodNull)
        ? { description: body.description ?? 'OK', content: { 'application/json': { schema: body } } }
        : body;
  }
  for (const status of problems) out[status] = problem(status);
  return out;
}

/** The OpenAPI security of a route that needs an account: the session cookie (app.ts). */
export const SESSION = [{ session: [] }];

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The problems a route can answer with because of what it is, whatever it does. */
export function sharedProblems(route: Pick<RouteOptions, 'method' | 'schema'>): ProblemStatus[] {
  const schema = route.schema ?? {};
  const methods = [route.method].flat().map(String);
  const out: ProblemStatus[] = [];
  if (schema.body || schema.querystring || schema.params || schema.headers) out.push(400);
  if ((schema as { security?: unknown }).security) out.push(401);
  // Requests from another site (app.ts: the Origin check).
  if (methods.some((m) => !READS.has(m))) out.push(403);
  if (schema.body) out.push(413, 415);
  // A path parameter longer than Fastify's limit (http-errors.ts: frameworkErrors).
  if (schema.params) out.push(414);
  // An error of ours, or a database that does not answer.
  out.push(500, 503);
  return out;
}

/** An onRoute hook: a route that documents its answers gets the problems its shape implies. */
export function addSharedProblems(route: RouteOptions): void {
  const schema = route.schema as (RouteOptions['schema'] & { hide?: boolean }) | undefined;
  if (!schema?.response || schema.hide) return;
  const response: Record<string, unknown> = { ...(schema.response as Record<string, unknown>) };
  for (const status of sharedProblems(route)) response[status] ??= problem(status);
  route.schema = { ...schema, response };
}
