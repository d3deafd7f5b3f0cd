// Real databases for tests: a private embedded PostgreSQL in a temporary directory, or a fresh
// database on the external server named by TEST_DATABASE_URL (never a mock).
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, type OpenOptions, openDatabase } from '../db/client.ts';

export type TestDatabase = {
  readonly label: 'embedded' | 'external';
  readonly database: Database;
  /** Where a second connection (or a restarted app) can find the same data. */
  readonly open: (extra?: Partial<OpenOptions>) => Promise<Database>;
  dispose(): Promise<void>;
};

const quiet = () => undefined;

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-test-'));
  // The embedded server runs as the `postgres` user when tests run as root: let it in.
  chmodSync(dir, 0o755);
  return dir;
}

export async function embeddedTestDatabase(extra: Partial<OpenOptions> = {}): Promise<TestDatabase> {
  const dataDir = tempDataDir();
  const open = (more: Partial<OpenOptions> = {}) => openDatabase({ dataDir, log: quiet, ...extra, ...more });
  const database = await open();
  return {
    label: 'embedded',
    database,
    open,
    async dispose() {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database on the external server, dropped again by dispose(). */
export async function externalTestDatabase(url: string, extra: Partial<OpenOptions> = {}): Promise<TestDatabase> {
  const name = `unknot_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const databaseUrl = target.toString();
  const open = (more: Partial<OpenOptions> = {}) =>
    openDatabase({ databaseUrl, dataDir: tempDataDir(), log: quiet, ...extra, ...more });
  const database = await open();
  return {
    label: 'external',
    database,
    open,
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** The backends a repository suite runs on: always embedded, and external when configured. */
export function backends(): {
  label: 'embedded' | 'external';
  make: (extra?: Partial<OpenOptions>) => Promise<TestDatabase>;
}[] {
  const url = process.env.TEST_DATABASE_URL;
  return [
    { label: 'embedded', make: (extra) => embeddedTestDatabase(extra) },
    ...(url
      ? [{ label: 'external' as const, make: (extra?: Partial<OpenOptions>) => externalTestDatabase(url, extra) }]
      : []),
  ];
}
