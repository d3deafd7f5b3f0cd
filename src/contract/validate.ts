// One way to validate any contract schema: Zod's checks plus "raw" checks registered for a
// schema that must see the input as given (so duplicates are reported with every other problem).
import type { z } from 'zod';
import { type Problem, problemsFrom } from './problems.ts';

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: Problem[] };

type RawCheck = (input: unknown, prefix: readonly PropertyKey[]) => Problem[];
const rawChecks = new WeakMap<z.ZodType, RawCheck>();

export function registerRawCheck(schema: z.ZodType, check: RawCheck): void {
  rawChecks.set(schema, check);
}

export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): ParseResult<z.output<S>> {
  const parsed = schema.safeParse(input);
  const extra = rawChecks.get(schema)?.(input, prefix) ?? [];
  if (parsed.success && extra.length === 0) return { ok: true, value: parsed.data };
  return { ok: false, problems: [...(parsed.success ? [] : problemsFrom(parsed.error, prefix)), ...extra] };
}
