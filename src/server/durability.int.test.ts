// Durability: a child process writes episodes through the API and prints each acknowledged id; it
// is killed with SIGKILL at random moments, 20 times. After each restart the server starts
// cleanly on the same data (for the embedded PostgreSQL that means shutting down the postmaster
// the killed process left running) and lists every id acknowledged so far; at the end the
// database opens cleanly in this process and holds every acknowledged id. Embedded always,
// external when TEST_DATABASE_URL is set.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db/client.ts';
import { backends, tempDataDir } from './test-support/test-database.ts';

const ROUNDS = 20;
const MIN_WAIT_MS = 200;
const MAX_WAIT_MS = 1500;
const READY_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 10 * 60_000;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const writerScript = fileURLToPath(new URL('./test-support/durable-writer.ts', import.meta.url));
const ORIGIN = 'http://127.0.0.1:3000';
const EMAIL = 'durable-writer@example.com';
const PASSWORD = 'correct horse battery staple';
const AUTH_SECRET = 'durability-test-secret-0123456789abcdef!';
const quiet = (): void => undefined;

type Target = {
  /** The child's database variables (DATA_DIR, and DATABASE_URL for the external server). */
  readonly env: Record<string, string>;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  dispose(): Promise<void>;
};

async function embeddedTarget(): Promise<Target> {
  const dataDir = tempDataDir();
  return {
    env: { DATA_DIR: dataDir },
    dataDir,
    databaseUrl: undefined,
    async dispose() {
      // Normally the final check already stopped the last server; after a failure a killed
      // writer's postmaster may still run: a start shuts it down, then stop it ourselves.
      try {
        await (await openDatabase({ dataDir, log: quiet })).close();
      } catch {
        stopPostmaster(dataDir);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function stopPostmaster(dataDir: string): void {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (Number.isSafeInteger(pid) && pid > 0) process.kill(pid, 'SIGKILL');
  } catch {
    // No server left.
  }
}

async function externalTarget(url: string): Promise<Target> {
  const name = `unknot_durability_${randomBytes(6).toString('hex')}`;
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
  const dataDir = tempDataDir(); // unused by an external database, but DATA_DIR must name a folder
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: target.toString() },
    dataDir,
    databaseUrl: target.toString(),
    async dispose() {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Writer = {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  /** Ids acknowledged by this writer, in order. */
  readonly acked: string[];
  /** The base URL of the writer's server, once it printed READY. */
  readonly ready: Promise<string>;
  readonly exited: Promise<void>;
  /** What the writer printed on stderr, for failure messages. */
  stderr(): string;
};

function startWriter(target: Target): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', writerScript], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TZ: 'UTC',
      ...target.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: ORIGIN,
      AUTH_SECRET,
      WRITER_EMAIL: EMAIL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: string[] = [];
  let errors = '';
  let pending = '';
  let exitedEarly: (reason: Error) => void = quiet;
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise<void>((resolve) => {
    // 'close' rather than 'exit': by then everything the writer printed has been read.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      exitedEarly(new Error(`the writer exited before READY (code ${code}, signal ${signal}):\n${errors}`));
      resolve();
    });
  });
  const ready = new Promise<string>((resolve, reject) => {
    exitedEarly = reject;
    timer = setTimeout(
      () => reject(new Error(`the writer printed no READY within ${READY_TIMEOUT_MS} ms:\n${errors}`)),
      READY_TIMEOUT_MS,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      // Only complete lines count: a line cut short by the kill was not acknowledged.
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ACK ')) acked.push(line.slice(4));
        else if (line.startsWith('READY ')) {
          clearTimeout(timer);
          resolve(line.slice(6));
        }
      }
    });
  });
  ready.catch(quiet); // observed by the test; never an unhandled rejection
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  return { child, acked, ready, exited, stderr: () => errors };
}

async function killWriter(writer: Writer): Promise<void> {
  if (writer.child.exitCode === null && writer.child.signalCode === null) writer.child.kill('SIGKILL');
  await writer.exited;
}

/** Every episode id the writer's account has, listed page by page through the API. */
async function listedIds(base: string, cookie: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const query: string = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(`${base}/api/episodes?${query}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`GET /api/episodes: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { items: { id: string }[]; nextCursor: string | null };
    for (const item of page.items) ids.add(item.id);
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  await response.arrayBuffer();
  const pair = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('better-auth.session_token=') && !c.endsWith('='));
  if (response.status !== 200 || !pair) throw new Error(`sign-in failed: ${response.status}`);
  return pair;
}

const missingFrom = (present: Set<string>, acked: readonly string[]) => acked.filter((id) => !present.has(id));
const randomWait = () => MIN_WAIT_MS + Math.floor(Math.random() * (MAX_WAIT_MS - MIN_WAIT_MS + 1));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe.each(backends().map((b) => [b.label] as const))('durability on the %s PostgreSQL', (label) => {
  it(
    `keeps every acknowledged episode across ${ROUNDS} SIGKILLs of the writing process`,
    async () => {
      const url = process.env.TEST_DATABASE_URL;
      const target = label === 'embedded' ? await embeddedTarget() : await externalTarget(url ?? '');
      const acked: string[] = [];
      let recoveries = 0;
      let writer: Writer | undefined;
      try {
        let cookie: string | undefined;
        for (let round = 1; round <= ROUNDS; round++) {
          writer = startWriter(target);
          const base = await writer.ready.catch((error: unknown) => {
            throw new Error(`round ${round}: ${(error as Error).message}`);
          });
          const killAt = sleep(randomWait());

          // After the restart, the server lists every id acknowledged before the kill.
          cookie ??= await signIn(base);
          const listed = await listedIds(base, cookie);
          const missing = missingFrom(listed, acked);
          expect(
            missing,
            `round ${round}: ${missing.length} of ${acked.length} acknowledged ids missing after the restart`,
          ).toEqual([]);

          await killAt;
          await killWriter(writer);
          expect(writer.child.signalCode, `round ${round}: the writer died on its own:\n${writer.stderr()}`).toBe(
            'SIGKILL',
          );
          acked.push(...writer.acked);
          if (writer.stderr().includes('Shut down a PostgreSQL server')) recoveries++;
        }
        writer = undefined;

        expect(acked.length, `only ${acked.length} ids acknowledged in ${ROUNDS} rounds`).toBeGreaterThan(ROUNDS);
        expect(new Set(acked).size, 'an id was acknowledged twice').toBe(acked.length);
        if (label === 'embedded') {
          // Every restart after the first found the killed writer's postmaster still running.
          expect(recoveries, `leftover servers shut down in ${ROUNDS - 1} restarts`).toBe(ROUNDS - 1);
        }

        // Finally open the database here (for the embedded one, this shuts down the last writer's
        // postmaster) and look for every acknowledged id in the table itself.
        const database = await openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl, log: quiet });
        try {
          const { rows } = await database.pool.query<{ id: string }>('SELECT id::text AS id FROM episodes');
          const stored = new Set(rows.map((r) => r.id));
          const missing = missingFrom(stored, acked);
          expect(
            missing,
            `${missing.length} of ${acked.length} acknowledged ids missing from the ${stored.size} stored episodes`,
          ).toEqual([]);
        } finally {
          await database.close();
        }
      } finally {
        if (writer) await killWriter(writer);
        await target.dispose();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
