// Turns Zod issues into one readable problem per field, the form both the CLI (one line each)
// and the API (RFC 9457 `errors`) report.
import type { z } from 'zod';

export type Problem = {
  /** Where the problem is, e.g. `findings[2]` or `[3].age` for the 4th intake of a batch. */
  readonly path: string;
  readonly message: string;
};

export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(input)' : out;
}

export function problemsFrom(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: pathText([...prefix, ...issue.path, key]), message: 'unknown field' }))
      : [{ path: pathText([...prefix, ...issue.path]), message: issue.message }],
  );
}

export const formatProblem = (p: Problem): string => `${p.path}: ${p.message}`;
