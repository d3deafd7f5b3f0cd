// Answers are sent exactly as JSON.stringify writes what the handler returns: the route's
// response schema documents it (routes/responses.ts) and never changes a byte or costs a parse.
// Tests turn on `checkResponses`: then every JSON answer must parse with its schema and keep
// every field, so a schema that misses a field, or a field the schema does not allow, fails.
import type { FastifySerializerCompiler } from 'fastify';
import type { z } from 'zod';

/** JSON text with object keys sorted, to compare values whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export class ResponseMismatchError extends Error {}

export function responseSerializer(check: boolean): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url, httpStatus }) => {
    if (!check) return (data) => JSON.stringify(data);
    const zod = schema as z.ZodType;
    return (data) => {
      const text = JSON.stringify(data);
      const plain: unknown = text === undefined ? undefined : JSON.parse(text);
      const parsed = zod.safeParse(plain);
      const problem = !parsed.success
        ? parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
        : canonical(parsed.data) !== canonical(plain)
          ? `fields the schema does not describe: ${canonical(plain).slice(0, 500)}`
          : undefined;
      if (problem) throw new ResponseMismatchError(`${method} ${url} ${httpStatus}: ${problem}`);
      return text;
    };
  };
}
