// fast-check arbitraries for HTTP requests, built from the OpenAPI document the app publishes
// (STYLE §4.11.6: inputs generated from the definitions): for each operation, requests that are
// valid, nearly valid and hostile — wrong types, huge and unicode strings, NUL bytes, boundary
// dates and numbers, deep nesting, malformed JSON, wrong content types and crafted cursors.
import fc from 'fast-check';

/** The part of JSON Schema the published document uses. */
export type JsonSchema = {
  type?: string;
  format?: string;
  enum?: readonly unknown[];
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
};

export type Operation = {
  readonly method: string;
  /** The OpenAPI path, e.g. /api/episodes/{id}. */
  readonly path: string;
  readonly pathParams: Record<string, JsonSchema>;
  readonly query: Record<string, JsonSchema>;
  readonly body?: JsonSchema | undefined;
};

type OpenApi = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string; schema: JsonSchema }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
};

export function operationsOf(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = op.parameters ?? [];
      const pick = (where: string) =>
        Object.fromEntries(params.filter((p) => p.in === where).map((p) => [p.name, p.schema]));
      return {
        method: method.toUpperCase(),
        path,
        pathParams: pick('path'),
        query: pick('query'),
        body: op.requestBody?.content['application/json']?.schema,
      };
    }),
  );
}

/** Raw JSON text spliced in where this stands: nesting too deep to build as a value. */
export class Deep {
  readonly depth: number;
  constructor(depth: number) {
    this.depth = depth;
  }
}

/** JSON text for generated values (Deep becomes that many nested arrays). */
export function toJson(value: unknown): string {
  if (value instanceof Deep) return `${'['.repeat(value.depth)}${']'.repeat(value.depth)}`;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const DATE_EDGES = ['1900-01-01', '2200-12-31', '1899-12-31', '2201-01-01', '0000-01-01', '9999-12-31', '2024-02-29'];
const BAD_DATES = ['2026-02-29', '2026-13-01', '2026-00-10', '+275760-09-13', '-271821-04-20', '20261120', ''];
const INSTANT_EDGES = [
  '1900-01-01T00:00:00Z',
  '2200-12-31T23:59:59.999Z',
  '1899-12-31T23:59:59.999Z',
  '2201-01-01T00:00:00+14:00',
  '2201-01-01T00:00:00-12:00',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-11-20T08:30:00.123456789012Z',
];
const BAD_INSTANTS = [
  '2026-11-20T24:00:00Z',
  '2026-11-20T08:30:00',
  '+275760-09-13T00:00:00.000Z',
  '2026-11-20 08:30Z',
];
const NUMBER_EDGES = [0, -0, -1, 1, 1.5, 2 ** 31, -(2 ** 31), 2 ** 53, 2 ** 63, 1e308, -1e308, 5e-324, 101, 366, 367];
const STRING_EDGES = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '💥'.repeat(300),
  "'; drop table x; --",
  '%00',
];
const TIME_ZONES = [
  'Europe/London',
  'UTC',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'America/St_Johns',
];

const date = (min: number, max: number) =>
  fc.integer({ min, max }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const instant = (min: number, max: number) => fc.integer({ min, max }).map((ms) => new Date(ms).toISOString());
const Y1950 = Date.UTC(1950, 0, 1);
const Y2100 = Date.UTC(2100, 0, 1);

/** Values a schema accepts (or nearly: its edges and the ids the test knows). */
export function validFor(schema: JsonSchema, name: string, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((b) => validFor(b, name, ids)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1000;
      const max = Math.min(schema.maximum ?? 1000, Number.MAX_SAFE_INTEGER);
      return fc.oneof(fc.integer({ min, max: Math.min(max, 2 ** 31 - 1) }), fc.constantFrom(min, max));
    }
    case 'array': {
      const items = schema.items ?? {};
      const max = Math.min(schema.maxItems ?? 5, 5);
      return items.enum
        ? fc.uniqueArray(fc.constantFrom(...items.enum), { maxLength: max })
        : fc.array(validFor(items, name, ids), { maxLength: max });
    }
    case 'object':
      return objectFor(schema, ids);
    default:
      if (schema.format === 'date') return fc.oneof(date(Y1950, Y2100), fc.constantFrom(...DATE_EDGES));
      if (schema.format === 'date-time') return fc.oneof(instant(Y1950, Y2100), fc.constantFrom(...INSTANT_EDGES));
      if (schema.format === 'uuid') return fc.oneof(ids, fc.uuid());
      if (name === 'timeZone') return fc.constantFrom(...TIME_ZONES);
      if (name === 'email') return fc.emailAddress();
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
  }
}

function objectFor(schema: JsonSchema, ids: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  return fc.record(Object.fromEntries(props.map(([key, s]) => [key, validFor(s, key, ids)])), {
    requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)),
  });
}

/** Values no schema of ours accepts, or that test its edges. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NUMBER_EDGES, ...STRING_EDGES, ...DATE_EDGES, ...BAD_DATES, ...INSTANT_EDGES, ...BAD_INSTANTS),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.integer({ min: 1_000, max: 70_000 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'binary-ascii', minLength: 2_000, maxLength: 6_000 }),
  fc.integer({ min: 33, max: 8_000 }).map((n) => new Deep(n)),
  fc.constantFrom<unknown>(
    JSON.parse('{"__proto__":{"admin":true}}'),
    JSON.parse('{"constructor":{"prototype":{"x":1}}}'),
  ),
);

/** A request body for a schema: valid, then mutated (wrong or hostile values, missing or unknown fields). */
export function bodyFor(schema: JsonSchema, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const valid = validFor(schema, '', ids);
  const keys = Object.keys(schema.properties ?? {});
  const mutation = fc.oneof(
    fc.record({ key: keys.length ? fc.constantFrom(...keys) : fc.string(), value: hostile }),
    fc.record({ key: fc.constantFrom(...keys, 'extra', '__proto__', ''), value: fc.constant(undefined) }),
    fc.record({ key: fc.string({ maxLength: 8 }), value: hostile }),
  );
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    {
      weight: 5,
      arbitrary: fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([value, changes]) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
        const copy: Record<string, unknown> = { ...value };
        for (const { key, value: v } of changes) {
          if (v === undefined) delete copy[key];
          else Object.defineProperty(copy, key, { value: v, enumerable: true, configurable: true, writable: true });
        }
        return copy;
      }),
    },
    { weight: 1, arbitrary: hostile },
  );
}

export type Payload = { text: string; contentType: string | undefined };

/** JSON text as sent (mostly well-formed; sometimes cut short, padded or under another type). */
export function payloadFor(body: fc.Arbitrary<unknown>): fc.Arbitrary<Payload> {
  const json = 'application/json';
  return fc.oneof(
    { weight: 8, arbitrary: body.map((b) => ({ text: toJson(b), contentType: json })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(body, fc.nat(), fc.constantFrom('', '}', ',', ']]', '\u0000', 'garbage', '\ufeff'))
        .map(([b, cut, tail]) => {
          const text = toJson(b);
          return { text: `${text.slice(0, cut % (text.length + 1))}${tail}`, contentType: json };
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          body,
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/xml',
            'application/json; charset=utf-16',
            'application/json; charset=latin1',
            'APPLICATION/JSON',
            'application/merge-patch+json',
            'application/jsonx',
            '',
            undefined,
          ),
        )
        .map(([b, contentType]) => ({ text: toJson(b), contentType })),
    },
  );
}

/**
 * Percent-encoding for any string: a lone surrogate (which has no UTF-8) is sent as U+FFFD, the
 * way a browser sends it. Broken escapes are generated separately.
 */
export const encode = (s: string): string => encodeURIComponent(s.replace(/[\ud800-\udfff]/gu, '\ufffd'));

/** A path segment: what the schema wants, or one that breaks the URL. */
export function segmentFor(schema: JsonSchema, name: string, ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: validFor(schema, name, ids).map((v) => encode(String(v))) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom('%', '%00', '%zz', '%2F', '..', '%2e%2e', ' ', 'null', 'a'.repeat(101), 'a'.repeat(300)),
        fc.string({ unit: 'binary', maxLength: 40 }).map(encode),
        hostile.map((v) => encode(typeof v === 'string' ? v.slice(0, 120) : toJson(v).slice(0, 120))),
      ),
    },
  );
}

/** A pagination cursor: base64url JSON of [instant, id], honest or crafted. */
export const cursor: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.oneof(fc.constantFrom(...INSTANT_EDGES, ...BAD_INSTANTS), instant(Y1950, Y2100), hostile),
      fc.oneof(fc.uuid(), hostile),
    )
    .map(([at, id]) => Buffer.from(toJson([at, id])).toString('base64url')),
  hostile.map((v) => Buffer.from(toJson(v)).toString('base64url')),
  fc.string({ maxLength: 60 }),
  fc.base64String({ maxLength: 80 }),
);

/** A query string: the declared parameters (valid or hostile), repeats and unknown ones. */
export function queryFor(params: Record<string, JsonSchema>, ids: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const entries = Object.entries(params).map(([name, schema]) =>
    fc.option(
      fc
        .oneof(
          { weight: 3, arbitrary: name === 'cursor' ? cursor : validFor(schema, name, ids).map(String) },
          { weight: 2, arbitrary: hostile.map((v) => (typeof v === 'string' ? v : toJson(v)).slice(0, 3000)) },
        )
        .map((v) => `${name}=${encode(v)}`),
      { nil: undefined, freq: 2 },
    ),
  );
  const extra = fc.oneof(
    fc.constantFrom(
      'x=1',
      'limit=1&limit=2',
      'from=%',
      'cursor',
      '=',
      '&&',
      `q=${'%E0%A4%A'}`,
      'limit=1e2',
      'limit=0x10',
    ),
    fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })).map(([k, v]) => `${encode(k)}=${encode(v)}`),
  );
  return fc
    .tuple(fc.tuple(...entries), fc.option(extra, { nil: undefined, freq: 4 }))
    .map(([parts, more]) => [...parts, more].filter((p): p is string => p !== undefined).join('&'));
}
