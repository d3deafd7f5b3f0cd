import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNestedDeeperThan } from './json-depth.ts';

const nest = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
};

describe('isNestedDeeperThan', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(isNestedDeeperThan(1, 0)).toBe(false);
    expect(isNestedDeeperThan(null, 0)).toBe(false);
    expect(isNestedDeeperThan([], 0)).toBe(true);
    expect(isNestedDeeperThan({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(isNestedDeeperThan({ a: [1, { b: [] }] }, 3)).toBe(true);
  });

  it('measures 100,000 levels without overflowing the stack', () => {
    expect(isNestedDeeperThan(nest(100_000), 32)).toBe(true);
  });

  it('agrees with the depth a value was built with', () => {
    fc.assert(
      fc.property(fc.nat({ max: 60 }), fc.nat({ max: 60 }), (depth, max) => {
        expect(isNestedDeeperThan(nest(depth), max)).toBe(depth > max);
      }),
    );
  });
});
