// /api/peg through inject() on a real PostgreSQL: create, list, get and delete, the score from
// the engine, bad input as one problem per field, and isolation between people.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, testApp } from '../test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

let t: TestDatabase;
let app: FastifyInstance;
let alice: TestClient;
let bob: TestClient;
let anon: TestClient;

const pegBody = (over: Record<string, unknown> = {}) => ({
  date: '2026-11-23',
  timeZone: 'Europe/London',
  pain: 6,
  enjoyment: 5,
  activity: 4,
  ...over,
});

beforeAll(async () => {
  t = await embeddedTestDatabase();
  app = await testApp(t.database);
  alice = await new TestClient(app).signUp('alice-peg@example.com');
  bob = await new TestClient(app).signUp('bob-peg@example.com');
  anon = new TestClient(app);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe('/api/peg', () => {
  it('saves an answer with its score and location, lists newest first and filters by date', async () => {
    const r = await alice.request('POST', '/api/peg', pegBody());
    expect(r.statusCode).toBe(201);
    const saved = r.json() as { id: string; score: number };
    expect(r.headers.location).toBe(`/api/peg/${saved.id}`);
    expect(saved).toMatchObject({ date: '2026-11-23', timeZone: 'Europe/London', pain: 6, score: 5 });
    await alice.request('POST', '/api/peg', pegBody({ date: '2026-11-30', pain: 7, enjoyment: 7, activity: 8 }));
    await alice.request('POST', '/api/peg', pegBody({ date: '2026-11-16', pain: 9, enjoyment: 9, activity: 9 }));

    const all = (await alice.request('GET', '/api/peg')).json() as { items: { date: string; score: number }[] };
    expect(all.items.map((p) => [p.date, p.score])).toEqual([
      ['2026-11-30', 7.33],
      ['2026-11-23', 5],
      ['2026-11-16', 9],
    ]);
    const some = (await alice.request('GET', '/api/peg?from=2026-11-20&to=2026-11-29&limit=5')).json() as {
      items: { id: string }[];
    };
    expect(some.items.map((p) => p.id)).toEqual([saved.id]);
    expect(((await alice.request('GET', '/api/peg?limit=1')).json() as { items: unknown[] }).items).toHaveLength(1);
    expect((await alice.request('GET', `/api/peg/${saved.id}`)).json()).toMatchObject({ id: saved.id, score: 5 });
  });

  it('deletes an answer (204), then it is gone (404)', async () => {
    const { id } = (await alice.request('POST', '/api/peg', pegBody({ date: '2026-12-07' }))).json() as { id: string };
    expect((await alice.request('DELETE', `/api/peg/${id}`)).statusCode).toBe(204);
    expect((await alice.request('GET', `/api/peg/${id}`)).statusCode).toBe(404);
    const again = await alice.request('DELETE', `/api/peg/${id}`);
    expect(again.statusCode).toBe(404);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.json()).toMatchObject({ code: 'APP_ERR_NOT_FOUND' });
  });

  it('refuses bad input with every problem, as problem+json', async () => {
    const r = await alice.request('POST', '/api/peg', {
      date: '2026-02-30',
      timeZone: 'Mars/Olympus',
      pain: 11,
      enjoyment: 2.5,
      activity: -1,
      score: 3,
    });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = r.json() as { code: string; errors: { path: string }[] };
    expect(body.code).toBe('APP_ERR_VALIDATION');
    expect(body.errors.map((e) => e.path).sort()).toEqual([
      'activity',
      'date',
      'enjoyment',
      'pain',
      'score',
      'timeZone',
    ]);
    const missing = await alice.request('POST', '/api/peg', { date: '2026-11-23' });
    expect((missing.json() as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      'activity',
      'enjoyment',
      'pain',
      'timeZone',
    ]);
    for (const url of [
      '/api/peg?from=yesterday',
      '/api/peg?limit=0',
      '/api/peg?limit=601',
      '/api/peg?extra=1',
      '/api/peg/not-an-id',
    ])
      expect((await alice.request('GET', url)).statusCode, url).toBe(400);
  });

  it('keeps each person to their own answers; anonymous callers get 401', async () => {
    const { id } = (await alice.request('POST', '/api/peg', pegBody({ date: '2026-12-14' }))).json() as { id: string };
    for (const [method, url] of [
      ['GET', `/api/peg/${id}`],
      ['DELETE', `/api/peg/${id}`],
    ] as const) {
      expect((await bob.request(method, url)).statusCode, `${method} ${url}`).toBe(404);
      expect((await anon.request(method, url)).statusCode, `${method} ${url}`).toBe(401);
    }
    expect(((await bob.request('GET', '/api/peg')).json() as { items: unknown[] }).items).toEqual([]);
    expect((await anon.request('GET', '/api/peg')).statusCode).toBe(401);
    expect((await anon.request('POST', '/api/peg', pegBody())).statusCode).toBe(401);
    expect((await anon.request('POST', '/api/peg', { nonsense: true })).statusCode).toBe(401);
    expect((await alice.request('GET', `/api/peg/${id}`)).statusCode).toBe(200);
  });

  it("removes a person's answers with their account", async () => {
    const count = async () => (await t.database.pool.query('select count(*)::int as n from pegs')).rows[0]?.n as number;
    const carol = await new TestClient(app).signUp('carol-peg@example.com');
    await carol.request('POST', '/api/peg', pegBody());
    const before = await count();
    const gone = await carol.request('POST', '/api/auth/delete-user', { password: 'correct horse battery staple' });
    expect(gone.statusCode).toBe(200);
    expect(await count()).toBe(before - 1);
  });
});
