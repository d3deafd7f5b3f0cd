// A request body nested thousands of brackets deep is valid JSON, but validating it (or turning it
// back into text) recurses once per level and can overflow the stack. No Unknot body is nested
// more than a few levels, so anything deeper than MAX_JSON_DEPTH is refused before validation.

/** The deepest nesting of arrays and objects a request body may have. */
export const MAX_JSON_DEPTH = 32;

/** True when `value` nests arrays or objects more than `max` levels deep (iterative: no recursion). */
export function isNestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
