import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS, problemBody } from './errors.ts';

describe('the error catalogue', () => {
  it('is documented exactly in docs/errors.md, with matching statuses', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `(APP_ERR_[A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual(Object.entries(ERRORS).map(([code, { status }]) => [code, status]));
  });

  it('builds RFC 9457 problem details', () => {
    expect(problemBody('APP_ERR_NOT_FOUND', 'No such episode.', '/api/episodes/x')).toEqual({
      type: 'urn:unknot:problem:APP_ERR_NOT_FOUND',
      title: 'Not found',
      status: 404,
      detail: 'No such episode.',
      code: 'APP_ERR_NOT_FOUND',
      instance: '/api/episodes/x',
    });
  });
});
