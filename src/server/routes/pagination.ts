// Opaque cursors for keyset pagination: (time, id) of the last row, base64url-encoded. A cursor
// is checked like any input: a crafted one (year 0, the ends of Date's range) is a 400, not a 500.
import { z } from 'zod';
import { isInstantInRange } from '#contract';
import { HttpProblem } from '../errors.ts';

export const LimitSchema = z.coerce.number().int().min(1).max(100).default(20);

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof at === 'string' && typeof id === 'string' && isInstantInRange(at) && z.uuid().safeParse(id).success) {
      return { at: new Date(at), id };
    }
  } catch {
    // fall through to the problem below
  }
  throw new HttpProblem(
    'APP_ERR_VALIDATION',
    'The cursor is not valid; use the nextCursor value from the previous page.',
    {
      errors: [{ path: 'cursor', location: 'querystring', message: 'not a cursor from this API' }],
    },
  );
}
