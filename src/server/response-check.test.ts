import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ResponseMismatchError, responseSerializer } from './response-check.ts';
import { sharedProblems } from './routes/responses.ts';

const Schema = z.object({ id: z.string(), tags: z.array(z.string()), note: z.string().optional() });
const route = { schema: Schema, method: 'GET', url: '/api/x', httpStatus: '200' };

describe('responseSerializer', () => {
  it('sends exactly JSON.stringify of the answer, checked or not', () => {
    const answer = { tags: ['a'], id: 'x' };
    expect(responseSerializer(true)(route)(answer)).toBe(JSON.stringify(answer));
    expect(responseSerializer(false)(route)(answer)).toBe(JSON.stringify(answer));
    expect(responseSerializer(false)(route)({ id: 1 })).toBe('{"id":1}');
  });

  it('when checking, refuses an answer its schema does not describe', () => {
    const serialize = responseSerializer(true)(route);
    expect(() => serialize({ id: 'x' })).toThrow(ResponseMismatchError);
    expect(() => serialize({ id: 'x', tags: [], secret: 'y' })).toThrow(/fields the schema does not describe/);
    expect(() => serialize({ id: 'x', tags: [], note: undefined })).not.toThrow();
  });
});

describe('sharedProblems', () => {
  it('follows from the route: input, session, writes, bodies, parameters; 500 and 503 always', () => {
    expect(sharedProblems({ method: 'GET', schema: {} })).toEqual([500, 503]);
    // security is OpenAPI's, not a Fastify schema key: passed as a variable, like routes do.
    const signedInList = { querystring: {}, security: [] };
    expect(sharedProblems({ method: 'GET', schema: signedInList })).toEqual([400, 401, 500, 503]);
    expect(sharedProblems({ method: 'POST', schema: { body: {} } })).toEqual([400, 403, 413, 415, 500, 503]);
    expect(sharedProblems({ method: 'DELETE', schema: { params: {} } })).toEqual([400, 403, 414, 500, 503]);
  });
});
