// The Idempotency-Key request header of the creating POSTs (/api/episodes, /api/peg): the client
// makes one key per thing it means to create and sends it with every try, so a retry after a
// lost answer returns the stored row instead of storing a second one.
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../errors.ts';

/** 1–200 visible ASCII characters: a UUID fits, and so does any other client-made id. */
const KEY = /^[\x21-\x7e]{1,200}$/;

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** The request's idempotency key, or null when it sent none; a malformed one is a 400. */
export function idempotencyKey(request: FastifyRequest): string | null {
  const value = request.headers[IDEMPOTENCY_KEY_HEADER];
  if (value === undefined) return null;
  if (typeof value === 'string' && KEY.test(value)) return value;
  throw new HttpProblem(
    'APP_ERR_VALIDATION',
    'The Idempotency-Key header must be one value of 1 to 200 visible characters (a UUID made once per new entry).',
    { errors: [{ path: 'idempotency-key', location: 'headers', message: 'must be 1 to 200 visible characters' }] },
  );
}
