// The request log: one short line per request at `info`, nothing at the default level, and no
// query strings, tokens, bodies or credentials in either.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { loggedPath } from './request-log.ts';
import { ORIGIN, testConfig } from './test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from './test-support/test-database.ts';

const SECRET = 'test-secret-test-secret-test-secret-42';
let t: TestDatabase;
const apps: FastifyInstance[] = [];

/** An app at `level` whose log lines are collected. */
async function loggingApp(env: Record<string, string>): Promise<{ app: FastifyInstance; lines: string[] }> {
  const lines: string[] = [];
  const app = await buildApp({
    config: testConfig(env),
    database: t.database,
    authSecret: SECRET,
    logStream: { write: (line) => lines.push(line) },
  });
  await app.ready();
  apps.push(app);
  return { app, lines };
}

async function someRequests(app: FastifyInstance): Promise<void> {
  await app.inject('/api/health?email=pat@example.com&token=abc');
  await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: ORIGIN },
    payload: { email: 'pat@example.com', password: 'a long enough passphrase' },
  });
  await app.inject({
    method: 'POST',
    url: '/api/episodes',
    headers: { origin: ORIGIN },
    payload: { notes: 'sciatica' },
  });
  await app.inject('/api/auth/reset-password/Zk3vQm9TfXc1Lr8Hy2Wd7Bn4Ps6?callbackURL=/x');
}

beforeAll(async () => {
  t = await embeddedTestDatabase();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await t?.dispose();
});

describe('request log', () => {
  it('logs one line per request at info: method, path without query, status, ms', async () => {
    const { app, lines } = await loggingApp({ LOG_LEVEL: 'info' });
    await someRequests(app);
    const messages = lines.map((line) => JSON.parse(line).msg as string);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^GET \/api\/health 200 \d+ms$/);
    expect(messages[1]).toMatch(/^POST \/api\/auth\/sign-in\/email 401 \d+ms$/);
    expect(messages[2]).toMatch(/^POST \/api\/episodes 401 \d+ms$/);
    expect(messages[3]).toMatch(/^GET \/api\/auth\/reset-password\/… \d{3} \d+ms$/);
    const all = lines.join('\n');
    for (const secret of ['pat@example.com', 'passphrase', 'token=abc', 'sciatica', 'Zk3vQm9', 'callbackURL', 'pid']) {
      expect(all).not.toContain(secret);
    }
  });

  it('logs nothing for ordinary requests at the default level', async () => {
    const { app, lines } = await loggingApp({});
    await someRequests(app);
    expect(lines).toEqual([]);
  });

  it('masks opaque segments but keeps ids and ordinary words', () => {
    expect(loggedPath('/api/episodes/0b9f3c2e-8d1a-4f5b-9c7e-1a2b3c4d5e6f?x=1')).toBe(
      '/api/episodes/0b9f3c2e-8d1a-4f5b-9c7e-1a2b3c4d5e6f',
    );
    expect(loggedPath('/assets/index-BxYz12.js#top')).toBe('/assets/index-BxYz12.js');
    expect(loggedPath('/verify/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe('/verify/…');
  });
});
