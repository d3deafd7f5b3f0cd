// Checks every parsed JSON body before validation sees it, for what no Unknot body may hold:
// - nesting deeper than MAX_JSON_DEPTH: valid JSON, but validating it (or turning it back into
//   text) recurses once per level and can overflow the stack; no body of ours is more than a few
//   levels deep;
// - a NUL character in any string or key: PostgreSQL's text and jsonb cannot store it, so it would
//   fail in the database (a 500) instead of here (a 400).

import { pathText } from '#contract';

/** The deepest nesting of arrays and objects a request body may have. */
export const MAX_JSON_DEPTH = 32;

export type BodyProblem = { readonly kind: 'depth' | 'nul'; readonly path: string; readonly message: string };

type Visit = { readonly value: unknown; readonly depth: number; readonly key?: PropertyKey; readonly parent?: Visit };

const pathOf = (visit: Visit): string => {
  const keys: PropertyKey[] = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) keys.unshift(v.key);
  return pathText(keys);
};

/** The first reason to refuse this body before validation, or undefined (iterative: no recursion). */
export function bodyProblem(body: unknown, maxDepth = MAX_JSON_DEPTH): BodyProblem | undefined {
  const stack: Visit[] = [{ value: body, depth: 0 }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value, depth } = visit;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        return { kind: 'nul', path: pathOf(visit), message: 'must not contain NUL characters' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > maxDepth)
      return { kind: 'depth', path: '(input)', message: `nested more than ${maxDepth} levels deep` };
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      const next: Visit = { value: child, depth: depth + 1, key, parent: visit };
      if (typeof key === 'string' && key.includes('\u0000')) {
        return { kind: 'nul', path: pathOf(next), message: 'is a field name with a NUL character' };
      }
      stack.push(next);
    }
  }
  return undefined;
}
