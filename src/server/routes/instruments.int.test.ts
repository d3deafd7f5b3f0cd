// /api/instruments through inject() on a real PostgreSQL: which licensed questionnaires exist,
// their text only where the operator supplied it, and scoring that needs no text.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { parseInstrumentText } from '../instrument-text.ts';
import { placeholderInstrumentFile } from '../test-support/instrument-text-file.ts';
import { ORIGIN, testConfig } from '../test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

let t: TestDatabase;
let withText: FastifyInstance;
let withoutText: FastifyInstance;

beforeAll(async () => {
  t = await embeddedTestDatabase();
  const loaded = parseInstrumentText(placeholderInstrumentFile(['instrument/rmdq']));
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const base = { config: testConfig(), database: t.database, authSecret: 'test-secret-test-secret-test-secret-42' };
  withText = await buildApp({ ...base, instrumentTexts: loaded.texts, checkResponses: true });
  withoutText = await buildApp({ ...base, checkResponses: true });
}, 120_000);
afterAll(async () => {
  await withText?.close();
  await withoutText?.close();
  await t?.dispose();
});

const score = (app: FastifyInstance, id: string, answers: unknown) =>
  app.inject({
    method: 'POST',
    url: `/api/instruments/${id}/score`,
    headers: { origin: ORIGIN },
    payload: { answers },
  });

describe('/api/instruments', () => {
  it('lists the three licensed questionnaires and which have text on this server', async () => {
    const r = await withText.inject('/api/instruments');
    expect(r.statusCode).toBe(200);
    expect(
      r.json().map((i: { id: string; items: number; textAvailable: boolean }) => [i.id, i.items, i.textAvailable]),
    ).toEqual([
      ['instrument/start-back', 9, false],
      ['instrument/rmdq', 24, true],
      ['instrument/odi', 10, false],
    ]);
    const none = await withoutText.inject('/api/instruments');
    expect(none.json().every((i: { textAvailable: boolean }) => !i.textAvailable)).toBe(true);
  });

  it("serves the operator's text with their licence, and a 404 problem saying why where there is none", async () => {
    const r = await withText.inject('/api/instruments/rmdq');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.operatorLicence).toMatch(/Licensed to the test operator/);
    expect(body.itemText).toHaveLength(24);
    const missing = await withText.inject('/api/instruments/odi');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.json().detail).toMatch(/operator has not supplied it \(INSTRUMENT_TEXT_FILE\)/);
    const unknown = await withText.inject('/api/instruments/sf-36');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toMatch(/Known: start-back, rmdq, odi/);
  });

  it('scores answers with the engine, with or without text, and stores nothing', async () => {
    const high = await score(withoutText, 'start-back', [1, 1, 1, 1, 1, 1, 1, 1, 4]);
    expect(high.statusCode).toBe(200);
    expect(high.json()).toMatchObject({ status: 'complete', total: 9, band: { id: 'high' } });
    const odi = await score(withText, 'odi', [5, 5, null, null, null, null, null, null, null, null]);
    expect(odi.json()).toMatchObject({ status: 'complete', total: 100, answered: 2 });
    expect((await score(withText, 'rmdq', [1, null])).json()).toMatchObject({ status: 'invalid' });
  });

  it('refuses answers that are not a list of small whole numbers, as a problem', async () => {
    for (const answers of ['x', [1.5], [-1], [11], Array.from({ length: 101 }, () => 0)]) {
      const r = await score(withText, 'rmdq', answers);
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
