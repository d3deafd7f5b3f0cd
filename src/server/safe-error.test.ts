import { describe, expect, it } from 'vitest';
import { safeError } from './safe-error.ts';

describe('safeError', () => {
  it('drops query parameters and keeps the kind and the first line', () => {
    const error = Object.assign(
      new Error('Failed query: insert into "sign_in_failures" ("key") values ($1)\nparams: account:victim@example.com'),
      {
        cause: Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }),
      },
    );
    const safe = safeError(error);
    expect(JSON.stringify(safe)).not.toMatch(/victim/);
    expect(safe).toEqual({
      type: 'Error',
      message: 'Failed query: insert into "sign_in_failures" ("key") values ($1) (cause: connection refused)',
      code: 'ECONNREFUSED',
    });
  });
  it('copes with things that are not errors', () => {
    expect(safeError('boom')).toEqual({ type: 'Error', message: 'boom' });
  });
});
