// Every route through inject(), against an embedded PostgreSQL in a temporary directory:
// happy paths, every kind of bad input (problem+json, nothing stored) and sign-in where needed.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinBody, episodeBody, TestClient, testApp } from '../test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

let t: TestDatabase;
let app: FastifyInstance;
let clock = new Date('2026-11-21T09:00:00Z');

beforeAll(async () => {
  t = await embeddedTestDatabase();
  app = await testApp(t.database, () => clock);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const count = async (table: string) =>
  Number((await t.database.pool.query(`select count(*)::int as n from ${table}`)).rows[0].n);
const isProblem = (
  r: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
) => {
  expect(r.statusCode).toBe(status);
  expect(String(r.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = r.json() as { status: number; title: string; detail: string; type: string };
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(5);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|select |insert into/i);
  return body;
};

describe('service routes', () => {
  it('health and ready answer', async () => {
    expect((await app.inject('/api/health')).json()).toEqual({ status: 'ok' });
    expect((await app.inject('/api/ready')).json()).toEqual({ status: 'ready' });
  });

  it('publishes OpenAPI 3.1 and browsable docs', async () => {
    const spec = (await app.inject('/api/openapi.json')).json() as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/assessments', '/api/episodes/{id}', '/api/checkins/{date}']),
    );
    expect((await app.inject('/api/docs/')).statusCode).toBe(200);
  });

  it('serves the questionnaire', async () => {
    const q = (await app.inject('/api/questions')).json() as {
      questions: { group: string }[];
      groups: { id: string }[];
    };
    expect(q.groups[0]?.id).toBe('emergency');
    expect(q.questions.length).toBeGreaterThan(90);
  });

  it('answers unknown routes with a 404 problem', async () => {
    isProblem(await app.inject('/api/nothing-here'), 404);
  });
});

describe('errors', () => {
  const c = () => new TestClient(app);
  it('415 for a body that is not JSON', async () => {
    isProblem(await c().request('POST', '/api/assessments', 'age=3', { 'content-type': 'text/plain' }), 415);
    isProblem(
      await c().request('POST', '/api/assessments', 'age=3', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
    );
  });
  it('400 for broken JSON', async () => {
    const body = isProblem(
      await c().request('POST', '/api/assessments', '{"age":', { 'content-type': 'application/json' }),
      400,
    );
    expect(body.detail).toMatch(/JSON/);
  });
  it('413 above 64 KB', async () => {
    isProblem(await c().request('POST', '/api/assessments', { notes: 'x'.repeat(70_000) }), 413);
  });
  it('400 lists every field problem', async () => {
    const r = await c().request('POST', '/api/assessments', {
      age: 200,
      onsetDaysAgo: 1.5,
      findings: ['nope', 'fever', 'fever'],
      extra: 1,
    });
    const body = isProblem(r, 400) as unknown as { errors: { path: string; location: string }[] };
    expect(body.errors.map((e) => e.path).sort()).toEqual([
      'age',
      'extra',
      'findings[0]',
      'findings[2]',
      'onsetDaysAgo',
    ]);
    expect(body.errors.every((e) => e.location === 'body')).toBe(true);
  });
});

describe('assessments', () => {
  const intake = { age: 34, onsetDaysAgo: 1, painNow: 6, findings: ['heavy_lifting', 'onset_during_lift_or_twist'] };

  it('answers anonymous calls without storing them', async () => {
    const before = await count('assessments');
    const r = await new TestClient(app).request('POST', '/api/assessments', intake);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ stored: false, assessment: { disposition: 'self_care' } });
    expect(await count('assessments')).toBe(before);
  });

  it('stores signed-in checks and lists them newest first, paginated', async () => {
    const me = await new TestClient(app).signUp('assess@example.com');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await me.request('POST', '/api/assessments', { ...intake, painNow: i });
      expect(r.statusCode).toBe(201);
      const body = r.json() as {
        stored: boolean;
        id: string;
        knowledgeVersion: string;
        assessment: { disposition: string };
      };
      expect(body.stored).toBe(true);
      expect(body.knowledgeVersion).toMatch(/\d/);
      ids.push(body.id);
    }
    const first = (await me.request('GET', '/api/assessments?limit=2')).json() as {
      items: { id: string }[];
      nextCursor: string;
    };
    expect(first.items.map((x) => x.id)).toEqual([ids[2], ids[1]]);
    const second = (await me.request('GET', `/api/assessments?limit=2&cursor=${first.nextCursor}`)).json() as {
      items: { id: string }[];
      nextCursor: null;
    };
    expect(second.items.map((x) => x.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    const one = (await me.request('GET', `/api/assessments/${ids[0]}`)).json() as { intake: { painNow: number } };
    expect(one.intake.painNow).toBe(0);
    isProblem(await me.request('GET', '/api/assessments?cursor=garbage'), 400);
    isProblem(await me.request('GET', '/api/assessments/00000000-0000-4000-8000-000000000000'), 404);
    isProblem(await me.request('GET', '/api/assessments/not-a-uuid'), 400);
  });

  it('stores nothing from an invalid intake', async () => {
    const me = await new TestClient(app).signUp('invalid@example.com');
    const before = await count('assessments');
    isProblem(await me.request('POST', '/api/assessments', { age: -1, onsetDaysAgo: 1 }), 400);
    expect(await count('assessments')).toBe(before);
  });
});

describe('episodes', () => {
  it('create, get, list with from/to and cursor, replace and delete', async () => {
    const me = await new TestClient(app).signUp('episodes@example.com');
    const created = await me.request('POST', '/api/episodes', episodeBody());
    expect(created.statusCode).toBe(201);
    const ep = created.json() as { id: string; localDate: string; notices: string[] };
    expect(created.headers.location).toBe(`/api/episodes/${ep.id}`);
    expect(ep.localDate).toBe('2026-11-20');
    expect(ep.notices).toEqual([]);
    expect((await me.request('GET', `/api/episodes/${ep.id}`)).json()).toMatchObject({
      intensity: 6,
      reliefTried: [{ method: 'heat', helped: 2 }],
    });

    for (let d = 10; d < 15; d++)
      await me.request(
        'POST',
        '/api/episodes',
        episodeBody({ startedAt: `2026-11-${d}T23:30:00Z`, timeZone: 'Asia/Tokyo' }),
      );
    const page1 = (await me.request('GET', '/api/episodes?limit=4')).json() as {
      items: { id: string; startedAt: string; localDate: string }[];
      nextCursor: string;
    };
    expect(page1.items).toHaveLength(4);
    expect(page1.items[1]?.localDate).toBe('2026-11-15'); // 23:30 UTC is the next day in Tokyo
    const page2 = (await me.request('GET', `/api/episodes?limit=4&cursor=${page1.nextCursor}`)).json() as {
      items: { id: string }[];
      nextCursor: null;
    };
    expect(page2.items).toHaveLength(2);
    expect(page2.nextCursor).toBeNull();
    const all = new Set([...page1.items, ...page2.items].map((x) => x.id));
    expect(all.size).toBe(6);
    const ranged = (
      await me.request('GET', '/api/episodes?from=2026-11-11T00:00:00Z&to=2026-11-13T00:00:00Z')
    ).json() as { items: unknown[] };
    expect(ranged.items).toHaveLength(2);

    const replaced = await me.request(
      'PUT',
      `/api/episodes/${ep.id}`,
      episodeBody({ intensity: 2, locations: ['saddle_area'], durationMinutes: 30 }),
    );
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({
      intensity: 2,
      durationMinutes: 30,
      notices: [expect.stringMatching(/emergency/)],
    });
    expect((await me.request('DELETE', `/api/episodes/${ep.id}`)).statusCode).toBe(204);
    isProblem(await me.request('GET', `/api/episodes/${ep.id}`), 404);
    isProblem(await me.request('DELETE', `/api/episodes/${ep.id}`), 404);
    isProblem(await me.request('PUT', `/api/episodes/${ep.id}`, episodeBody()), 404);
  });

  it.each([
    ['intensity out of range', { intensity: 11 }, 'intensity'],
    ['a fractional intensity', { intensity: 5.5 }, 'intensity'],
    ['an unknown body area', { locations: ['elbow'] }, 'locations[0]'],
    ['a repeated body area', { locations: ['groin', 'groin'] }, 'locations'],
    ['an unknown trigger', { triggers: ['stress'] }, 'triggers[0]'],
    ['helped out of range', { reliefTried: [{ method: 'heat', helped: 4 }] }, 'reliefTried[0].helped'],
    ['an unknown relief method', { reliefTried: [{ method: 'magic', helped: 1 }] }, 'reliefTried[0].method'],
    ['notes over 2,000 characters', { notes: 'x'.repeat(2001) }, 'notes'],
    ['a NUL character', { notes: 'a\u0000b' }, 'notes'],
    ['a bad time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a time without zone', { startedAt: '2026-11-20T08:30:00' }, 'startedAt'],
    ['an end before the start', { endedAt: '2026-11-19T08:30:00Z' }, 'endedAt'],
    ['both end and duration', { endedAt: '2026-11-20T09:30:00Z', durationMinutes: 60 }, 'durationMinutes'],
    ['an unknown field', { mood: 'bad' }, 'mood'],
  ])('rejects %s and stores nothing', async (_name, patch, path) => {
    const me = await new TestClient(app).signUp(`bad-${path.replace(/\W/g, '')}-${Math.random()}@example.com`);
    const before = await count('episodes');
    const body = isProblem(await me.request('POST', '/api/episodes', episodeBody(patch)), 400) as unknown as {
      errors: { path: string }[];
    };
    expect(body.errors.map((e) => e.path)).toContain(path);
    expect(await count('episodes')).toBe(before);
  });
});

describe('check-ins', () => {
  it('one per day: a second save replaces the first; list, get and delete', async () => {
    const me = await new TestClient(app).signUp('checkins@example.com');
    const first = await me.request('PUT', '/api/checkins/2026-11-20', checkinBody());
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      checkin: { date: '2026-11-20', painAverage: 4 },
      escalation: { disposition: 'self_care', newRedFlags: [] },
    });
    const second = await me.request('POST', '/api/checkins', {
      date: '2026-11-20',
      ...checkinBody({ painAverage: 2 }),
    });
    expect(second.statusCode).toBe(200);
    expect((await me.request('GET', '/api/checkins/2026-11-20')).json()).toMatchObject({ painAverage: 2 });
    await me.request('PUT', '/api/checkins/2026-11-21', checkinBody());
    const list = (await me.request('GET', '/api/checkins?from=2026-11-01&to=2026-11-30')).json() as {
      items: { date: string }[];
    };
    expect(list.items.map((x) => x.date)).toEqual(['2026-11-21', '2026-11-20']);
    expect((await me.request('DELETE', '/api/checkins/2026-11-21')).statusCode).toBe(204);
    isProblem(await me.request('GET', '/api/checkins/2026-11-21'), 404);
  });

  it('escalates a new red flag at once, with reasons, and not again the next day', async () => {
    const me = await new TestClient(app).signUp('escalate@example.com');
    const r = await me.request('PUT', '/api/checkins/2026-11-20', checkinBody({ findings: ['saddle_numbness'] }));
    expect(r.json()).toMatchObject({
      escalation: {
        disposition: 'emergency',
        newRedFlags: ['cauda_equina'],
        reasons: [{ text: expect.stringMatching(/cauda equina/) }],
      },
    });
    const next = await me.request('PUT', '/api/checkins/2026-11-21', checkinBody({ findings: ['saddle_numbness'] }));
    expect(next.json()).toMatchObject({ escalation: { disposition: 'emergency', newRedFlags: [] } });
  });

  it('meets the 4-week follow-up rule from the episode start of the latest saved check', async () => {
    const me = await new TestClient(app).signUp('followup@example.com');
    await me.request('POST', '/api/assessments', { age: 40, onsetDaysAgo: 25, findings: [] });
    // The check was saved "now"; 25 days ago plus 10 days ahead is day 35 of the episode.
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const r = await me.request('PUT', `/api/checkins/${inTenDays}`, checkinBody({ gettingBetter: false }));
    expect(r.json()).toMatchObject({ escalation: { disposition: 'see_doctor', dayOfEpisode: 35 } });
  });

  it.each([
    ['a bad date', '/api/checkins/2026-13-01', checkinBody(), 'date'],
    ['a score out of range', '/api/checkins/2026-11-20', checkinBody({ painAverage: 11 }), 'painAverage'],
    ['a missing field', '/api/checkins/2026-11-20', { ...checkinBody(), gettingBetter: undefined }, 'gettingBetter'],
    [
      'a code in both lists',
      '/api/checkins/2026-11-20',
      checkinBody({ findings: ['fever'], unsure: ['fever'] }),
      'unsure',
    ],
    ['an unknown code', '/api/checkins/2026-11-20', checkinBody({ findings: ['sneezing'] }), 'findings[0]'],
  ])('rejects %s and stores nothing', async (_name, url, body, path) => {
    const me = await new TestClient(app).signUp(`cbad-${Math.random()}@example.com`);
    const before = await count('checkins');
    const problem = isProblem(await me.request('PUT', url, body), 400) as unknown as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toContain(path);
    expect(await count('checkins')).toBe(before);
  });
});

describe('accounts', () => {
  it('requires sign-in for every user-data route, before reading the body', async () => {
    const anon = new TestClient(app);
    for (const [method, url] of [
      ['GET', '/api/assessments'],
      ['GET', '/api/assessments/00000000-0000-4000-8000-000000000000'],
      ['POST', '/api/episodes'],
      ['GET', '/api/episodes'],
      ['GET', '/api/episodes/00000000-0000-4000-8000-000000000000'],
      ['PUT', '/api/episodes/00000000-0000-4000-8000-000000000000'],
      ['DELETE', '/api/episodes/00000000-0000-4000-8000-000000000000'],
      ['POST', '/api/checkins'],
      ['GET', '/api/checkins'],
      ['GET', '/api/checkins/2026-11-20'],
      ['PUT', '/api/checkins/2026-11-20'],
      ['DELETE', '/api/checkins/2026-11-20'],
    ] as const) {
      isProblem(
        await anon.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : { nonsense: true }),
        401,
      );
    }
  });

  it('sets an HttpOnly SameSite session cookie, signs out and changes the password', async () => {
    const me = new TestClient(app);
    await me.request('POST', '/api/auth/sign-up/email', {
      email: 'cookie@example.com',
      password: 'correct horse battery staple',
      name: 'C',
    });
    const r = await me.signIn('cookie@example.com');
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const changed = await me.request('POST', '/api/auth/change-password', {
      currentPassword: 'correct horse battery staple',
      newPassword: 'a brand new passphrase',
    });
    expect(changed.statusCode).toBe(200);
    expect((await me.request('POST', '/api/auth/sign-out', {})).statusCode).toBe(200);
    isProblem(await me.request('GET', '/api/episodes'), 401);
    expect((await me.signIn('cookie@example.com', 'correct horse battery staple')).statusCode).toBe(401);
    expect((await me.signIn('cookie@example.com', 'a brand new passphrase')).statusCode).toBe(200);
    expect((await me.request('GET', '/api/episodes')).statusCode).toBe(200);
  });

  it('answers a sign-up for a registered email like a new one, 400 for a short password, 403 for a foreign origin', async () => {
    await new TestClient(app).signUp('twice@example.com');
    const again = await new TestClient(app).request('POST', '/api/auth/sign-up/email', {
      email: 'twice@example.com',
      password: 'another long password',
      name: 'T',
    });
    const fresh = await new TestClient(app).request('POST', '/api/auth/sign-up/email', {
      email: 'once@example.com',
      password: 'another long password',
      name: 'T',
    });
    // Same status, same shape, no session either way: nothing tells them apart.
    expect([again.statusCode, fresh.statusCode]).toEqual([200, 200]);
    const shape = (body: { user: Record<string, unknown> }) => Object.keys(body.user).sort();
    expect(shape(again.json())).toEqual(shape(fresh.json()));
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(fresh.headers['set-cookie']).toBeUndefined();
    // The existing account keeps its password.
    expect((await new TestClient(app).signIn('twice@example.com', 'another long password')).statusCode).toBe(401);
    isProblem(
      await new TestClient(app).request('POST', '/api/auth/sign-up/email', {
        email: 'short@example.com',
        password: 'short',
        name: 'S',
      }),
      400,
    );
    // A signed-in browser tricked into posting from another site (CSRF) is refused.
    const me = await new TestClient(app).signUp('csrf@example.com');
    const body = { currentPassword: 'correct horse battery staple', newPassword: 'stolen password 123' };
    isProblem(await me.request('POST', '/api/auth/change-password', body, { origin: 'https://evil.example' }), 403);
  });

  it('blocks sign-in after repeated failures for an account, with Retry-After, and lets it go later', async () => {
    await new TestClient(app).signUp('throttle@example.com');
    const attacker = new TestClient(app);
    for (let i = 0; i < 5; i++)
      expect((await attacker.signIn('throttle@example.com', 'wrong password!')).statusCode).toBe(401);
    const blocked = await attacker.signIn('throttle@example.com', 'correct horse battery staple');
    isProblem(blocked, 429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await attacker.signIn('throttle@example.com', 'correct horse battery staple')).statusCode).toBe(200);
  });

  it('cannot be bypassed with a disguised path or parallel attempts', async () => {
    clock = new Date(clock.getTime() + 60 * 60_000);
    await new TestClient(app).signUp('parallel@example.com');
    const attacker = new TestClient(app);
    const wrong = { email: 'parallel@example.com', password: 'wrong password!' };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        attacker.request('POST', i % 2 ? '/api/auth/./sign-in/email' : '/api/auth//sign-in/email', wrong),
      ),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // However the attempts interleave, at most 5 wrong passwords are ever tried in the window.
    let tried = statuses.filter((s) => s === 401).length;
    for (let i = 0; i < 6; i++)
      if ((await attacker.request('POST', '/api/auth/sign-in/email', wrong)).statusCode === 401) tried++;
    expect(tried).toBe(5);
    isProblem(
      await attacker.request('POST', '/api/auth/x/../sign-in/email', {
        ...wrong,
        password: 'correct horse battery staple',
      }),
      429,
    );
    clock = new Date(clock.getTime() + 60 * 60_000);
  });

  it('answers unknown account actions with a 404 problem', async () => {
    isProblem(await new TestClient(app).request('GET', '/api/auth/no-such-action'), 404);
  });

  it('blocks an address after repeated failures across accounts', async () => {
    const attacker = new TestClient(app);
    clock = new Date(clock.getTime() + 60 * 60_000);
    for (let i = 0; i < 20; i++) await attacker.signIn(`nobody${i}@example.com`, 'wrong password!');
    isProblem(await attacker.signIn('someone-else@example.com', 'wrong password!'), 429);
    clock = new Date(clock.getTime() + 60 * 60_000);
  });

  it('deletes the account and every row of that user, and only that user', async () => {
    const other = await new TestClient(app).signUp('stays@example.com');
    await other.request('POST', '/api/episodes', episodeBody());
    const me = await new TestClient(app).signUp('leaving@example.com');
    await me.request('POST', '/api/episodes', episodeBody());
    await me.request('PUT', '/api/checkins/2026-11-20', checkinBody());
    await me.request('POST', '/api/assessments', { age: 40, onsetDaysAgo: 2 });
    const id = (await t.database.pool.query(`select id from "user" where email = 'leaving@example.com'`)).rows[0]
      .id as string;
    const rowsOf = async (userId: string) => {
      let total = 0;
      for (const table of ['assessments', 'episodes', 'checkins', 'session', 'account']) {
        total += Number(
          (await t.database.pool.query(`select count(*)::int as n from ${table} where user_id = $1`, [userId])).rows[0]
            .n,
        );
      }
      return (
        total +
        Number((await t.database.pool.query(`select count(*)::int as n from "user" where id = $1`, [userId])).rows[0].n)
      );
    };
    expect(await rowsOf(id)).toBeGreaterThan(4);
    const r = await me.request('POST', '/api/auth/delete-user', { password: 'correct horse battery staple' });
    expect(r.statusCode).toBe(200);
    expect(await rowsOf(id)).toBe(0);
    isProblem(await me.request('GET', '/api/episodes'), 401);
    expect(((await other.request('GET', '/api/episodes')).json() as { items: unknown[] }).items).toHaveLength(1);
  });
});

describe('readiness', () => {
  it('reports 503 when the database is unreachable', async () => {
    const t2 = await embeddedTestDatabase();
    const app2 = await testApp(t2.database);
    await t2.database.close();
    isProblem(await app2.inject('/api/ready'), 503);
    expect((await app2.inject('/api/health')).statusCode).toBe(200);
    await app2.close();
    await t2.dispose();
  }, 120_000);
});
