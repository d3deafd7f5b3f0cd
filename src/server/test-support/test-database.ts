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

/** TEST_DATABASE_URL's value that runs the database suites on the embedded PostgreSQL only. */
export const EXTERNAL_OFF = 'off';

/**
 * The external PostgreSQL the suites use: TEST_DATABASE_URL. Unset, it is a failure that says how
 * to set it (never a silent skip); `off` is the explicit choice of the embedded server alone.
 */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (url === EXTERNAL_OFF) return undefined;
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set. Point it at a PostgreSQL server on which the tests may create and drop databases, ' +
        'e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (as CI does), ' +
        `or set TEST_DATABASE_URL=${EXTERNAL_OFF} to run the database suites on the embedded PostgreSQL only.`,
    );
  }
  return url;
}

/** A new, empty database on the external server (no migrations run), and how to drop it. */
export async function createExternalDatabase(
  url: string,
  prefix = 'unknot_test',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { url: target.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * The backends a repository suite runs on: always embedded, and external (TEST_DATABASE_URL).
 * Without TEST_DATABASE_URL the external one fails with a message saying how to set it.
 */
export function backends(): {
  label: 'embedded' | 'external';
  make: (extra?: Partial<OpenOptions>) => Promise<TestDatabase>;
}[] {
  let url: string | undefined;
  let missing: Error | undefined;
  try {
    url = testDatabaseUrl();
  } catch (error) {
    missing = error as Error;
  }
  const external = missing
    ? [{ label: 'external' as const, make: () => Promise.reject(missing) }]
    : url
      ? [{ label: 'external' as const, make: (extra?: Partial<OpenOptions>) => externalTestDatabase(url, extra) }]
      : [];
  if (!missing && !url)
    process.stdout.write('TEST_DATABASE_URL=off: this suite runs on the embedded PostgreSQL only\n');
  return [{ label: 'embedded', make: (extra) => embeddedTestDatabase(extra) }, ...external];
}
