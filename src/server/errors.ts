// The error catalogue: every error the API returns, as RFC 9457 problem details
// (application/problem+json) with a stable code. docs/errors.md lists exactly these codes.

import type { FastifyReply } from 'fastify';
import type { Problem } from '#contract';

export const ERRORS = {
  APP_ERR_VALIDATION: { status: 400, title: 'Some of the data is not valid' },
  APP_ERR_BAD_JSON: { status: 400, title: 'The request body is not valid JSON' },
  APP_ERR_BAD_REQUEST: { status: 400, title: 'The request could not be read' },
  APP_ERR_UNAUTHENTICATED: { status: 401, title: 'Please sign in' },
  APP_ERR_FORBIDDEN: { status: 403, title: 'This is not allowed' },
  APP_ERR_NOT_FOUND: { status: 404, title: 'Not found' },
  APP_ERR_METHOD_NOT_ALLOWED: { status: 405, title: 'This method is not allowed here' },
  APP_ERR_TIMEOUT: { status: 408, title: 'The request took too long' },
  APP_ERR_CONFLICT: { status: 409, title: 'This conflicts with existing data' },
  APP_ERR_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  APP_ERR_URI_TOO_LONG: { status: 414, title: 'The address is too long' },
  APP_ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Send the body as application/json' },
  APP_ERR_BACKUP_INVALID: { status: 422, title: 'This is not a backup Unknot can import' },
  APP_ERR_BACKUP_INTEGRITY: { status: 422, title: 'This backup has been changed since it was exported' },
  APP_ERR_BACKUP_VERSION: { status: 422, title: 'This backup is from a newer version of Unknot' },
  APP_ERR_RATE_LIMITED: { status: 429, title: 'Too many attempts' },
  APP_ERR_HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  APP_ERR_INTERNAL: { status: 500, title: 'Something went wrong on our side' },
  APP_ERR_UNAVAILABLE: { status: 503, title: 'The service is not ready' },
  APP_ERR_DATABASE_UNAVAILABLE: { status: 503, title: 'The database is not answering' },
} as const;
export type ErrorCode = keyof typeof ERRORS;

export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: readonly (Problem & { location?: string })[];
};

/** An error a handler throws on purpose; the error handler turns it into problem details. */
export class HttpProblem extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly extra: { errors?: ProblemDetails['errors']; headers?: Record<string, string> };
  constructor(code: ErrorCode, detail: string, extra: HttpProblem['extra'] = {}) {
    super(detail);
    this.code = code;
    this.detail = detail;
    this.extra = extra;
  }
}

export function problemBody(
  code: ErrorCode,
  detail: string,
  instance?: string,
  errors?: ProblemDetails['errors'],
): ProblemDetails {
  const { status, title } = ERRORS[code];
  return {
    type: `urn:unknot:problem:${code}`,
    title,
    status,
    detail,
    code,
    ...(instance ? { instance } : {}),
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(
  reply: FastifyReply,
  body: ProblemDetails,
  headers: Record<string, string> = {},
): FastifyReply {
  return reply.code(body.status).headers(headers).type('application/problem+json').send(body);
}
