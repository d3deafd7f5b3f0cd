import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyProblem } from './body-guard.ts';

const nest = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
};

describe('bodyProblem', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(bodyProblem(1, 0)).toBeUndefined();
    expect(bodyProblem(null, 0)).toBeUndefined();
    expect(bodyProblem([], 0)).toEqual({ kind: 'depth', path: '(input)', message: 'nested more than 0 levels deep' });
    expect(bodyProblem({ a: [1, { b: 2 }] }, 3)).toBeUndefined();
    expect(bodyProblem({ a: [1, { b: [] }] }, 3)).toBeDefined();
  });

  it('measures 100,000 levels without overflowing the stack', () => {
    expect(bodyProblem(nest(100_000))?.message).toBe('nested more than 32 levels deep');
  });

  it('agrees with the depth a value was built with', () => {
    fc.assert(
      fc.property(fc.nat({ max: 60 }), fc.nat({ max: 60 }), (depth, max) => {
        expect(bodyProblem(nest(depth), max) !== undefined).toBe(depth > max);
      }),
    );
  });

  it('finds a NUL in any string or field name, with its path', () => {
    expect(bodyProblem({ notes: 'a\u0000b' })).toEqual({
      kind: 'nul',
      path: 'notes',
      message: 'must not contain NUL characters',
    });
    expect(bodyProblem({ list: ['ok', { deep: ['\u0000'] }] })?.path).toBe('list[1].deep[0]');
    expect(bodyProblem('\u0000')?.path).toBe('(input)');
    expect(bodyProblem({ 'a\u0000': 1 })).toEqual({
      kind: 'nul',
      path: 'a\u0000',
      message: 'is a field name with a NUL character',
    });
    expect(bodyProblem({ email: 'a@b.example', list: ['x', 'y'] })).toBeUndefined();
  });
});
