// Shared by the HTTP benchmarks: autocannon's API (it ships no types), the databases to run on
// (embedded in a temporary directory; a fresh database on an external server), the app started
// in this process on loopback, and signing up through the API.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app.ts';
import { parseConfig } from '../../src/server/config.ts';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { tempDataDir } from '../../src/server/test-support/test-database.ts';

type Histogram = { average: number; mean: number; p50: number; p99: number; total: number };
export type AutocannonOptions = {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  duration: number;
  workers?: number;
  warmup?: { connections: number; duration: number };
};
export type AutocannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  requests: Histogram;
  latency: Histogram;
};
export const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>;

/** Anything but 2xx, errors and timeouts, in words ('' when there were none). */
export function failuresOf(result: AutocannonResult): string {
  const wrong = Object.entries(result.statusCodeStats)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${count} × ${code}`);
  return [
    ...(result.errors > 0 ? [`${result.errors} errors`] : []),
    ...(result.timeouts > 0 ? [`${result.timeouts} timeouts`] : []),
    ...wrong,
  ].join(', ');
}

export const ORIGIN = 'http://127.0.0.1:3000';
const SECRET = 'bench-secret-bench-secret-bench-secret-42';
const quiet = (): void => undefined;

export type Backend = { label: string; open: () => Promise<Database>; dispose: () => Promise<void> };

export function embeddedBackend(): Backend {
  const dataDir = tempDataDir();
  return {
    label: 'embedded',
    open: () => openDatabase({ dataDir, log: quiet }),
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function externalBackend(url: string): Promise<Backend> {
  const name = `unknot_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const dataDir = tempDataDir();
  return {
    label: `external (${target.host})`,
    open: () => openDatabase({ databaseUrl: target.toString(), dataDir, log: quiet }),
    dispose: async () => {
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The app as `unknot serve` builds it, with any routes `extend` adds, listening on loopback. */
export async function startApp(
  database: Database,
  extend: (app: FastifyInstance) => void = () => undefined,
): Promise<{ app: FastifyInstance; base: string }> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', PUBLIC_URL: ORIGIN });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const app = await buildApp({ config: parsed.config, database, authSecret: SECRET });
  extend(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('the app is not listening on a TCP port');
  return { app, base: `http://127.0.0.1:${address.port}` };
}

/** Signs up and signs in through the API: the session cookies and the user's id. */
export async function signUp(base: string, email: string): Promise<{ cookie: string; userId: string }> {
  const password = 'correct horse battery staple';
  const json = { 'content-type': 'application/json', origin: ORIGIN };
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password, name: 'Bench' }),
  });
  await response.arrayBuffer();
  const signedIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password }),
  });
  const body = (await signedIn.json()) as { user?: { id?: string } };
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c.startsWith('better-auth.') && !c.endsWith('='))
    .join('; ');
  const userId = body.user?.id;
  if (response.status !== 200 || signedIn.status !== 200 || !cookie || !userId)
    throw new Error(`sign-up failed: ${response.status}, ${signedIn.status}`);
  return { cookie, userId };
}
