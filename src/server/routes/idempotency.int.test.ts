// Creates are idempotent (issue 10): POST /api/episodes and /api/peg with an Idempotency-Key
// store one row per key and person; a repeat, also a concurrent one, answers 200 with that row.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { episodeBody, TestClient, testApp } from '../test-support/test-app.ts';
import { backends, type TestDatabase } from '../test-support/test-database.ts';

const pegBody = { date: '2026-11-23', timeZone: 'Europe/London', pain: 6, enjoyment: 5, activity: 4 };

const creates = [
  { url: '/api/episodes', body: episodeBody() },
  { url: '/api/peg', body: pegBody },
] as const;

for (const backend of backends()) {
  describe(`idempotent creates on the ${backend.label} PostgreSQL`, () => {
    let t: TestDatabase;
    let app: FastifyInstance;
    let alice: TestClient;
    let bob: TestClient;

    beforeAll(async () => {
      t = await backend.make();
      app = await testApp(t.database);
      alice = await new TestClient(app).signUp('alice-idem@example.com');
      bob = await new TestClient(app).signUp('bob-idem@example.com');
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      await t?.dispose();
    });

    const count = async (client: TestClient, url: string) =>
      ((await client.request('GET', url)).json() as { items: unknown[] }).items.length;

    describe.each(creates)('POST $url', ({ url, body }) => {
      it('answers a repeated key with the stored row (200) and stores it once', async () => {
        const before = await count(alice, url);
        const key = crypto.randomUUID();
        const first = await alice.request('POST', url, body, { 'idempotency-key': key });
        expect(first.statusCode).toBe(201);
        const again = await alice.request('POST', url, body, { 'idempotency-key': key });
        expect(again.statusCode).toBe(200);
        expect(again.json()).toEqual(first.json());
        expect(again.headers.location).toBe(first.headers.location);
        expect(await count(alice, url)).toBe(before + 1);
      });

      it('makes one row for concurrent requests with one key', async () => {
        const before = await count(alice, url);
        const key = crypto.randomUUID();
        const answers = await Promise.all(
          Array.from({ length: 8 }, () => alice.request('POST', url, body, { 'idempotency-key': key })),
        );
        expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
        expect(new Set(answers.map((r) => (r.json() as { id: string }).id)).size).toBe(1);
        expect(await count(alice, url)).toBe(before + 1);
      });

      it('keeps keys per person, and stores a new row without a key every time', async () => {
        const key = crypto.randomUUID();
        const a = await alice.request('POST', url, body, { 'idempotency-key': key });
        const b = await bob.request('POST', url, body, { 'idempotency-key': key });
        expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
        expect((a.json() as { id: string }).id).not.toBe((b.json() as { id: string }).id);
        const before = await count(bob, url);
        expect((await bob.request('POST', url, body)).statusCode).toBe(201);
        expect((await bob.request('POST', url, body)).statusCode).toBe(201);
        expect(await count(bob, url)).toBe(before + 2);
      });

      it('refuses a malformed key with a validation problem', async () => {
        for (const key of ['has space', 'x'.repeat(201), 'é']) {
          const r = await alice.request('POST', url, body, { 'idempotency-key': key });
          expect(r.statusCode).toBe(400);
          expect(r.json()).toMatchObject({ code: 'APP_ERR_VALIDATION' });
        }
      });
    });
  });
}
