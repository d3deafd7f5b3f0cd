// One person can never read or change another's data: for every user-data route, a second user
// gets 404 on the first user's ids and never sees their rows in lists; anonymous callers get 401.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinBody, episodeBody, TestClient, testApp } from '../test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

let t: TestDatabase;
let app: FastifyInstance;
let alice: TestClient;
let bob: TestClient;
let anon: TestClient;
let episodeId: string;
let assessmentId: string;
const day = '2026-11-19';

beforeAll(async () => {
  t = await embeddedTestDatabase();
  app = await testApp(t.database);
  alice = await new TestClient(app).signUp('alice@example.com');
  bob = await new TestClient(app).signUp('bob@example.com');
  anon = new TestClient(app);
  episodeId = ((await alice.request('POST', '/api/episodes', episodeBody())).json() as { id: string }).id;
  assessmentId = (
    (await alice.request('POST', '/api/assessments', { age: 40, onsetDaysAgo: 2 })).json() as { id: string }
  ).id;
  expect((await alice.request('PUT', `/api/checkins/${day}`, checkinBody())).statusCode).toBe(201);
  const peg = { date: day, timeZone: 'Europe/London', pain: 5, enjoyment: 4, activity: 3 };
  expect((await alice.request('POST', '/api/peg', peg)).statusCode).toBe(201);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe('isolation between users', () => {
  it("gives a second user 404 on the first user's ids, for every read, change and delete", async () => {
    const attempts = [
      ['GET', `/api/episodes/${episodeId}`, undefined],
      ['PUT', `/api/episodes/${episodeId}`, episodeBody({ intensity: 0 })],
      ['DELETE', `/api/episodes/${episodeId}`, undefined],
      ['GET', `/api/assessments/${assessmentId}`, undefined],
      ['GET', `/api/checkins/${day}`, undefined],
      ['DELETE', `/api/checkins/${day}`, undefined],
    ] as const;
    for (const [method, url, body] of attempts) {
      expect((await bob.request(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
      expect((await anon.request(method, url, body)).statusCode, `${method} ${url}`).toBe(401);
    }
    // Nothing of Alice's changed.
    expect((await alice.request('GET', `/api/episodes/${episodeId}`)).json()).toMatchObject({ intensity: 6 });
    expect((await alice.request('GET', `/api/checkins/${day}`)).statusCode).toBe(200);
  });

  it("never shows the first user's rows in the second user's lists", async () => {
    for (const url of ['/api/episodes', '/api/assessments', '/api/checkins']) {
      const mine = (await alice.request('GET', url)).json() as { items: unknown[] };
      const theirs = (await bob.request('GET', url)).json() as { items: unknown[] };
      expect(mine.items.length, url).toBeGreaterThan(0);
      expect(theirs.items, url).toEqual([]);
    }
  });

  it("exports only the signed-in user's own data, and every export and the import need an account", async () => {
    const exports = [
      '/api/export/report.pdf',
      '/api/export/fhir',
      '/api/export/episodes.csv',
      '/api/export/checkins.csv',
      '/api/export/peg.csv',
      '/api/export/backup',
    ];
    for (const url of exports) {
      expect((await anon.request('GET', url)).statusCode, url).toBe(401);
      expect((await bob.request('GET', url)).statusCode, url).toBe(200);
    }
    expect((await anon.request('POST', '/api/import/backup', {})).statusCode).toBe(401);
    const backup = (await bob.request('GET', '/api/export/backup')).json() as { data: unknown };
    expect(backup.data).toEqual({ episodes: [], checkins: [], checks: [], pegs: [] });
    const bundle = (await bob.request('GET', '/api/export/fhir')).json() as {
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(['Patient']);
    expect((await bob.request('GET', '/api/export/episodes.csv')).body.split('\r\n')).toHaveLength(2);
    expect((await bob.request('GET', '/api/export/peg.csv')).body.split('\r\n')).toHaveLength(2);
    expect((await alice.request('GET', '/api/export/peg.csv')).body.split('\r\n')).toHaveLength(3);
    const mine = (await alice.request('GET', '/api/export/backup')).json() as {
      data: { episodes: unknown[]; pegs: unknown[] };
    };
    expect(mine.data.episodes).toHaveLength(1);
    expect(mine.data.pegs).toHaveLength(1);
  });

  it("keeps each user's check-in for the same day separate", async () => {
    const r = await bob.request('PUT', `/api/checkins/${day}`, checkinBody({ painAverage: 9 }));
    expect(r.statusCode).toBe(201);
    expect((await alice.request('GET', `/api/checkins/${day}`)).json()).toMatchObject({ painAverage: 4 });
    expect((await bob.request('GET', `/api/checkins/${day}`)).json()).toMatchObject({ painAverage: 9 });
  });

  it("cannot page into another user's rows with a forged cursor", async () => {
    const cursor = Buffer.from(
      JSON.stringify(['2100-01-01T00:00:00.000Z', 'ffffffff-ffff-4fff-bfff-ffffffffffff']),
    ).toString('base64url');
    const r = (await bob.request('GET', `/api/episodes?cursor=${cursor}`)).json() as { items: unknown[] };
    expect(r.items).toEqual([]);
  });
});
