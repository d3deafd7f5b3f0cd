// Saving a check through inject() on an embedded PostgreSQL: the completion time the client sends
// is kept (within the account's lifetime), and a repeated client id is the same check.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, testApp } from '../test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from '../test-support/test-database.ts';
import { boundCompletedAt } from './assessments.ts';

let t: TestDatabase;
let app: FastifyInstance;
const NOW = new Date('2026-11-21T09:00:00.000Z');
/** Accounts in these tests are dated here (better-auth stamps them with the real time). */
const ACCOUNT_CREATED = new Date('2026-06-01T00:00:00.000Z');

beforeAll(async () => {
  t = await embeddedTestDatabase();
  app = await testApp(t.database, () => NOW);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const intake = { age: 40, onsetDaysAgo: 2, findings: ['heavy_lifting'] };
const rows = async (email: string) =>
  (
    await t.database.pool.query(
      `select a.id, a.client_id, a.completed_at, a.knowledge_version from assessments a
       join "user" u on u.id = a.user_id where u.email = $1 order by a.created_at`,
      [email],
    )
  ).rows as { id: string; client_id: string | null; completed_at: Date; knowledge_version: string }[];

async function person(email: string): Promise<TestClient> {
  const me = await new TestClient(app).signUp(email);
  await t.database.pool.query('update "user" set created_at = $1 where email = $2', [ACCOUNT_CREATED, email]);
  return me;
}

type Saved = { stored: true; id: string; clientId: string | null; completedAt: string; knowledgeVersion: string };

describe('boundCompletedAt', () => {
  it('keeps a time within the account’s lifetime and moves others to its ends', () => {
    const at = '2026-11-20T08:00:00.000Z';
    expect(boundCompletedAt(at, NOW, ACCOUNT_CREATED).toISOString()).toBe(at);
    expect(boundCompletedAt(undefined, NOW, ACCOUNT_CREATED)).toEqual(NOW);
    expect(boundCompletedAt('2026-11-21T09:00:01Z', NOW, ACCOUNT_CREATED)).toEqual(NOW);
    expect(boundCompletedAt('2026-05-31T23:59:59Z', NOW, ACCOUNT_CREATED)).toEqual(ACCOUNT_CREATED);
    expect(boundCompletedAt('2020-01-01T00:00:00Z', NOW, undefined).toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });
});

describe('POST /api/assessments with a completion time', () => {
  it('stores and returns the time the check was completed, not the time it was sent', async () => {
    const me = await person('completed@example.com');
    const r = await me.request('POST', '/api/assessments', { ...intake, completedAt: '2026-11-18T21:15:00+01:00' });
    expect(r.statusCode).toBe(201);
    const saved = r.json() as Saved;
    expect(saved).toMatchObject({ stored: true, clientId: null, completedAt: '2026-11-18T20:15:00.000Z' });
    const one = (await me.request('GET', `/api/assessments/${saved.id}`)).json() as Saved;
    expect(one.completedAt).toBe('2026-11-18T20:15:00.000Z');
    const list = (await me.request('GET', '/api/assessments')).json() as { items: Saved[] };
    expect(list.items.map((x) => x.completedAt)).toEqual(['2026-11-18T20:15:00.000Z']);
  });

  it('stores the server’s time for a check sent without one (older clients)', async () => {
    const me = await person('no-time@example.com');
    const r = await me.request('POST', '/api/assessments', intake);
    expect(r.statusCode).toBe(201);
    expect((r.json() as Saved).completedAt).toBe(NOW.toISOString());
  });

  it('stores a time ahead of the server’s clock as the server’s time, even a few seconds ahead', async () => {
    const me = await person('future@example.com');
    for (const ahead of ['2026-11-21T09:00:30Z', '2027-01-01T00:00:00Z']) {
      const r = await me.request('POST', '/api/assessments', { ...intake, completedAt: ahead });
      expect(r.statusCode).toBe(201);
      expect((r.json() as Saved).completedAt).toBe(NOW.toISOString());
    }
    expect((await rows('future@example.com')).map((x) => x.completed_at.toISOString())).toEqual([
      NOW.toISOString(),
      NOW.toISOString(),
    ]);
  });

  it('stores a time before the account existed as the account’s creation', async () => {
    const me = await person('before@example.com');
    const r = await me.request('POST', '/api/assessments', { ...intake, completedAt: '2001-01-01T00:00:00Z' });
    expect(r.statusCode).toBe(201);
    expect((r.json() as Saved).completedAt).toBe(ACCOUNT_CREATED.toISOString());
  });

  it.each([
    ['not a date-time', { completedAt: 'yesterday' }, 'completedAt'],
    ['a date-time without a zone', { completedAt: '2026-11-20T10:00:00' }, 'completedAt'],
    ['an id that is not a UUID', { clientId: 'abc' }, 'clientId'],
  ])('refuses %s with a problem and stores nothing', async (_name, extra, path) => {
    const me = await person(`bad-${path}-${Math.random()}@example.com`);
    const r = await me.request('POST', '/api/assessments', { ...intake, ...extra });
    expect(r.statusCode).toBe(400);
    expect(String(r.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect((r.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([path]);
  });

  it('answers anonymous saves without storing them, id and time or not', async () => {
    const before = Number((await t.database.pool.query('select count(*)::int as n from assessments')).rows[0].n);
    const r = await new TestClient(app).request('POST', '/api/assessments', {
      ...intake,
      clientId: '3d0c1e8a-2b4f-4a6e-8c1d-9e7f6a5b4c3d',
      completedAt: '2026-11-20T10:00:00Z',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ stored: false, assessment: { disposition: expect.any(String) } });
    expect(Number((await t.database.pool.query('select count(*)::int as n from assessments')).rows[0].n)).toBe(before);
  });
});

describe('POST /api/assessments with a client id', () => {
  const clientId = '9b2e4f6a-1c3d-4e5f-8a7b-6c5d4e3f2a1b';

  it('stores a retried save once and answers it with the stored check (200)', async () => {
    const me = await person('retry@example.com');
    const body = { ...intake, clientId, completedAt: '2026-11-19T07:00:00Z' };
    const first = await me.request('POST', '/api/assessments', body);
    expect(first.statusCode).toBe(201);
    const again = await me.request('POST', '/api/assessments', { ...body, completedAt: '2026-11-20T07:00:00Z' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(again.json()).toMatchObject({ clientId, completedAt: '2026-11-19T07:00:00.000Z' });
    expect(await rows('retry@example.com')).toHaveLength(1);
  });

  it('stores one row for two saves with the same id at the same time', async () => {
    const me = await person('race@example.com');
    const body = { ...intake, clientId, completedAt: '2026-11-19T07:00:00Z' };
    const answers = await Promise.all([
      me.request('POST', '/api/assessments', body),
      me.request('POST', '/api/assessments', body),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(answers[0]?.json()).toEqual(answers[1]?.json());
    expect(await rows('race@example.com')).toHaveLength(1);
  });

  it('keeps one person’s id apart from another’s', async () => {
    const a = await person('ids-a@example.com');
    const b = await person('ids-b@example.com');
    const body = { ...intake, clientId };
    expect((await a.request('POST', '/api/assessments', body)).statusCode).toBe(201);
    const theirs = await b.request('POST', '/api/assessments', body);
    expect(theirs.statusCode).toBe(201);
    expect((await rows('ids-a@example.com'))[0]?.id).not.toBe((theirs.json() as Saved).id);
  });

  it('keeps the knowledge version and assessment the check was stored with', async () => {
    const me = await person('version@example.com');
    const body = { ...intake, clientId };
    const first = (await me.request('POST', '/api/assessments', body)).json() as Saved & {
      assessment: { followUp: object };
    };
    expect(first.knowledgeVersion).toMatch(/\S/);
    // As if the knowledge had changed since: the stored check is not re-made. (Still an
    // assessment of contract §3, the shape every stored check has and its response schema says.)
    const then = {
      ...first.assessment,
      knowledgeVersion: '2000.01.1',
      followUp: { ...first.assessment.followUp, notes: ['made then'] },
    };
    await t.database.pool.query(
      `update assessments set knowledge_version = '2000.01.1', assessment = $2 where id = $1`,
      [first.id, JSON.stringify(then)],
    );
    const made = { followUp: { notes: ['made then'] } };
    const again = await me.request('POST', '/api/assessments', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.id, knowledgeVersion: '2000.01.1', assessment: made });
    expect((await me.request('GET', `/api/assessments/${first.id}`)).json()).toMatchObject({
      knowledgeVersion: '2000.01.1',
      assessment: made,
    });
  });
});
