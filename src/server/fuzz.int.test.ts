// HTTP fuzzing through inject() on a real PostgreSQL: every operation of the published OpenAPI
// document (the account routes included, and made-up paths and methods) gets valid, nearly
// valid and hostile requests, signed in as Alice, as Bob, with a forged cookie or none. For every
// answer: never a 5xx; every error is problem+json with a human message; every JSON answer matches
// its response schema (checkResponses); and Alice's rows change only through her own successful
// requests (an invalid request, or anyone else's, stores nothing).
//
// FUZZ_RUNS sets the number of requests (default 3,000: 10–25 s on two cores); FUZZ_SEED replays a run.
// The figures of the last run go to artifacts/fuzz-summary.json; docs/operations.md keeps them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance, HTTPMethods, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { ERRORS } from './errors.ts';
import {
  bodyFor,
  encode,
  type JsonSchema,
  type Operation,
  operationsOf,
  type Payload,
  payloadFor,
  queryFor,
  segmentFor,
} from './test-support/fuzz-requests.ts';
import { checkinBody, episodeBody, ORIGIN, TestClient, testConfig } from './test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from './test-support/test-database.ts';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const COOKIE = 'better-auth.session_token';
const SECRET = 'test-secret-test-secret-test-secret-42';
const METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

let t: TestDatabase;
let app: FastifyInstance;
let alice: TestClient;
let bob: TestClient;
let aliceId: string;
const knownIds: string[] = [];
const stats = { requests: 0, serverErrors: 0, byStatus: {} as Record<string, number>, ms: 0 };

beforeAll(async () => {
  t = await embeddedTestDatabase();
  // Errors are logged (to stdout), so that a 5xx's cause is in the output of the failing run.
  app = await buildApp({
    config: testConfig({ LOG_LEVEL: 'error' }),
    database: t.database,
    authSecret: SECRET,
    checkResponses: true,
  });
  await app.ready();
  alice = await new TestClient(app).signUp('alice-fuzz@example.com');
  bob = await new TestClient(app).signUp('bob-fuzz@example.com');
  aliceId = (await t.database.pool.query(`select id from "user" where email = 'alice-fuzz@example.com'`)).rows[0].id;
  userTables = (
    await t.database.pool.query<{ table_name: string }>(
      `select table_name from information_schema.columns
       where table_schema = 'public' and column_name = 'user_id' and table_name not in ('session', 'account')
       order by table_name`,
    )
  ).rows.map((r) => r.table_name);
  // Both have rows, so that ids of each (and of the other) are in play.
  for (const who of [alice, bob]) {
    const episode = (await who.request('POST', '/api/episodes', episodeBody())).json() as { id: string };
    const check = (await who.request('POST', '/api/assessments', { age: 40, onsetDaysAgo: 2 })).json() as {
      id: string;
    };
    await who.request('PUT', '/api/checkins/2026-11-20', checkinBody());
    knownIds.push(episode.id, check.id);
  }
}, 120_000);

afterAll(async () => {
  const dir = join(import.meta.dirname, '..', '..', 'artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'fuzz-summary.json'), `${JSON.stringify({ total: TOTAL, seed: SEED, ...stats }, null, 2)}\n`);
  await app?.close();
  await t?.dispose();
});

let lastState: string | undefined;

/** Every table of a person's data (a user_id column), but the sign-in's own session and account rows. */
let userTables: string[] = [];

/** Alice's rows as a fingerprint: a digest of every row of hers in every table of user data. */
async function aliceState(): Promise<string> {
  const digests = userTables.map(
    (table) =>
      `(select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from "${table}" x where user_id = $1)`,
  );
  const { rows } = await t.database.pool.query(`select ${digests.join(' || ')} as state`, [aliceId]);
  return rows[0].state as string;
}

type Caller = 'alice' | 'bob' | 'anonymous' | 'forged';
const caller = fc.constantFrom<Caller>('alice', 'alice', 'alice', 'bob', 'anonymous', 'forged');
const forgedCookie = fc.oneof(
  fc.constantFrom('%00', '%', '.', 'x.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', '"\u0000"'),
  fc.string({ unit: 'binary', maxLength: 80 }).map(encode),
);
const origin = fc.oneof(
  { weight: 6, arbitrary: fc.constant<string | undefined>(ORIGIN) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('https://evil.example', 'null') },
);

type Sent = {
  method: HTTPMethods;
  url: string;
  payload?: Payload | undefined;
  who: Caller;
  cookie?: string | undefined;
  origin?: string | undefined;
};

function requestsFor(op: Operation): fc.Arbitrary<Sent> {
  const ids = fc.constantFrom(...knownIds);
  const segments = Object.entries(op.pathParams).map(([name, schema]) =>
    segmentFor(schema, name, ids).map((value) => [name, value] as const),
  );
  const body: JsonSchema | undefined = op.body;
  return fc
    .record({
      method: fc.oneof({ weight: 9, arbitrary: fc.constant(op.method as HTTPMethods) }, fc.constantFrom(...METHODS)),
      path: fc.tuple(...segments).map((pairs) => pairs.reduce((p, [name, v]) => p.replace(`{${name}}`, v), op.path)),
      query: queryFor(op.query, ids),
      payload: body
        ? fc.option(payloadFor(bodyFor(body, ids)), { nil: undefined, freq: 10 })
        : fc.option(payloadFor(fc.jsonValue({ maxDepth: 2 })), { nil: undefined, freq: 2 }),
      who: caller,
      cookie: forgedCookie,
      origin,
    })
    .map(({ path, query, ...rest }) => ({ ...rest, url: query ? `${path}?${query}` : path }));
}

/** Requests to paths and methods that do not exist, or barely. */
const strayRequests: fc.Arbitrary<Sent> = fc.record({
  method: fc.constantFrom(...METHODS),
  url: fc.oneof(
    fc.array(fc.string({ maxLength: 12 }).map(encode), { maxLength: 4 }).map((s) => `/api/${s.join('/')}`),
    fc.constantFrom(
      '/api',
      '/api/',
      '//api/episodes',
      '/api/episodes/',
      '/api/../api/episodes',
      '/api/episodes;x',
      '/%',
      '/api/%E0%A4%A',
    ),
  ),
  payload: fc.option(payloadFor(fc.jsonValue({ maxDepth: 2 })), { nil: undefined }),
  who: caller,
  cookie: forgedCookie,
  origin,
});

async function send(r: Sent): Promise<LightMyRequestResponse> {
  const cookie =
    r.who === 'alice'
      ? alice.cookie
      : r.who === 'bob'
        ? bob.cookie
        : r.who === 'forged'
          ? `${COOKIE}=${r.cookie}`
          : undefined;
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (r.origin) headers.origin = r.origin;
  if (r.payload?.contentType !== undefined) headers['content-type'] = r.payload.contentType;
  return app.inject({
    method: r.method,
    url: r.url,
    headers,
    ...(r.payload ? { payload: r.payload.text } : {}),
  });
}

/** The oracle for one request. */
async function check(r: Sent): Promise<void> {
  // Nothing else writes while the fuzzer runs: the state after the last request is the state now.
  lastState ??= await aliceState();
  const before = lastState;
  const started = performance.now();
  const response = await send(r);
  stats.ms += performance.now() - started;
  stats.requests++;
  const status = response.statusCode;
  stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
  if (status >= 500) stats.serverErrors++;
  const label = `${r.method} ${r.url.slice(0, 300)} as ${r.who} → ${status} ${response.body.slice(0, 300)}`;
  expect(status, label).toBeLessThan(500);
  if (status >= 400) {
    expect(String(response.headers['content-type']), label).toMatch(/^application\/problem\+json/);
    if (r.method !== 'HEAD') {
      const problem = response.json() as { status: number; code: string; detail: string; type: string };
      expect(problem.status, label).toBe(status);
      expect(Object.keys(ERRORS), label).toContain(problem.code);
      expect(problem.type, label).toBe(`urn:unknot:problem:${problem.code}`);
      expect(problem.detail.length, label).toBeGreaterThan(10);
      expect(response.body, label).not.toMatch(/at [^ ]+\.[jt]s:\d+|\bselect\b.*\bfrom\b|node_modules/i);
    }
  }
  // A sign-out that worked ends the session the fuzzer signs in with: sign in again.
  if (status === 200 && r.url.startsWith('/api/auth/sign-out') && (r.who === 'alice' || r.who === 'bob'))
    await (r.who === 'alice' ? alice : bob).signIn(`${r.who}-fuzz@example.com`);
  lastState = await aliceState();
  if (status >= 400 || r.who !== 'alice') expect(lastState, `${label}\nchanged Alice's rows`).toBe(before);
}

const operations = async (): Promise<Operation[]> => {
  const doc = (await app.inject('/api/openapi.json')).json() as Parameters<typeof operationsOf>[0];
  return operationsOf(doc);
};

describe(`HTTP fuzzing (${TOTAL} requests)`, () => {
  it('covers every operation of the OpenAPI document, and every table of user data', async () => {
    expect(userTables).toEqual(expect.arrayContaining(['assessments', 'checkins', 'episodes']));
    const ops = await operations();
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining([
        'POST /api/episodes',
        'PUT /api/checkins/{date}',
        'GET /api/assessments',
        'POST /api/auth/sign-in/email',
        'POST /api/auth/sign-up/email',
        'GET /api/auth/get-session',
      ]),
    );
    expect(ops.length).toBeGreaterThan(15);
  });

  it(
    'never answers 5xx, answers every error as problem+json, and stores nothing from an invalid request',
    async () => {
      const ops = await operations();
      const numRuns = Math.max(1, Math.ceil(TOTAL / (ops.length + 1)));
      for (const arbitrary of [...ops.map(requestsFor), strayRequests]) {
        await fc.assert(fc.asyncProperty(arbitrary, check), {
          numRuns,
          ...(SEED !== undefined ? { seed: SEED } : {}),
        });
      }
      expect(stats.serverErrors).toBe(0);
    },
    Math.max(120_000, TOTAL * 60),
  );
});
