// Durability, two ways, both killing with SIGKILL at random moments while episodes are written
// through the API, 20 times, and restarting at once on the same data:
//
// - the writing process alone: a child process runs the server and writes, printing each
//   acknowledged id; PostgreSQL survives it as an orphan, which the next start shuts down.
//   Embedded always, external when TEST_DATABASE_URL is set.
// - the whole process group (issue 11): `node bin/unknot serve` runs in its own process group
//   with its embedded PostgreSQL, as under a supervisor; this test writes to it and kills the
//   group, Node and PostgreSQL together, as systemd or a container runtime would.
//
// After each restart the server lists every id acknowledged so far; at the end the database
// opens cleanly in this process and holds every acknowledged id.
import { type ChildProcessByStdio, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db/client.ts';
import { type Site, signIn, signUpOrIn, writeEpisodes } from './test-support/episode-writer.ts';
import { backends, tempDataDir } from './test-support/test-database.ts';

const ROUNDS = 20;
const MIN_WAIT_MS = 200;
const MAX_WAIT_MS = 1500;
const READY_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 10 * 60_000;

/** Requests in flight at once when this test writes itself. */
const WRITERS = 4;
/** Restart to ready, reported (not asserted: the machine may be busy). */
const READY_TARGET_MS = 5_000;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const writerScript = fileURLToPath(new URL('./test-support/durable-writer.ts', import.meta.url));
const ORIGIN = 'http://127.0.0.1:3000';
const EMAIL = 'durable-writer@example.com';
const AUTH_SECRET = 'durability-test-secret-0123456789abcdef!';
const quiet = (): void => undefined;
const execFileAsync = promisify(execFile);

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

/** A process this test started: the writer (durable-writer.ts) or `bin/unknot serve`. */
type App = {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  /** Ids the writer acknowledged, in order (none for `serve`: there the test writes). */
  readonly acked: string[];
  /** The base URL of the server, once it is ready. */
  readonly ready: Promise<string>;
  readonly exited: Promise<void>;
  /** What the process printed on stderr, for failure messages. */
  stderr(): string;
  /** SIGKILL to the process, or to its whole process group when it has one; then wait for it. */
  kill(): Promise<void>;
};

type Kind = 'writer' | 'serve';

const commands: Record<Kind, { args: string[]; ready: RegExp; group: boolean }> = {
  writer: { args: ['--import', 'tsx', writerScript], ready: /^READY (\S+)$/, group: false },
  // Its own process group (setsid), PostgreSQL included, as under a supervisor.
  serve: { args: ['bin/unknot', 'serve'], ready: /^Unknot is ready at (http:\/\/\S+) /, group: true },
};

/** Kills every process (or process group) this file started and has not killed yet. */
const live = new Set<() => void>();
const killAll = (): void => {
  for (const kill of live) kill();
  live.clear();
};
// Whatever happens: a failed or timed-out test, or the worker exiting.
afterEach(killAll);
process.once('exit', killAll);

function startApp(target: Target, kind: Kind): App {
  const command = commands[kind];
  const child = spawn(process.execPath, command.args, {
    cwd: repoRoot,
    detached: command.group,
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
  const killNow = (): void => {
    try {
      // A negative pid names the process group that a detached child leads.
      if (command.group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      else if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };
  live.add(killNow);
  const acked: string[] = [];
  let errors = '';
  let pending = '';
  let exitedEarly: (reason: Error) => void = quiet;
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise<void>((resolve) => {
    // 'close' rather than 'exit': by then everything the process printed has been read.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      exitedEarly(new Error(`${kind} exited before it was ready (code ${code}, signal ${signal}):\n${errors}`));
      resolve();
    });
  });
  const ready = new Promise<string>((resolve, reject) => {
    exitedEarly = reject;
    timer = setTimeout(
      () => reject(new Error(`${kind} was not ready within ${READY_TIMEOUT_MS} ms:\n${errors}`)),
      READY_TIMEOUT_MS,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      // Only complete lines count: a line cut short by the kill was not acknowledged.
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const url = command.ready.exec(line)?.[1];
        if (line.startsWith('ACK ')) acked.push(line.slice(4));
        else if (url !== undefined) {
          clearTimeout(timer);
          resolve(url);
        }
      }
    });
  });
  ready.catch(quiet); // observed by the test; never an unhandled rejection
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  const kill = async (): Promise<void> => {
    killNow();
    live.delete(killNow);
    await exited;
  };
  return { child, acked, ready, exited, stderr: () => errors, kill };
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
      let writer: App | undefined;
      try {
        let cookie: string | undefined;
        for (let round = 1; round <= ROUNDS; round++) {
          writer = startApp(target, 'writer');
          const base = await writer.ready.catch((error: unknown) => {
            throw new Error(`round ${round}: ${(error as Error).message}`);
          });
          const killAt = sleep(randomWait());

          // After the restart, the server lists every id acknowledged before the kill.
          cookie ??= await signIn({ base, origin: ORIGIN }, EMAIL);
          const listed = await listedIds(base, cookie);
          const missing = missingFrom(listed, acked);
          expect(
            missing,
            `round ${round}: ${missing.length} of ${acked.length} acknowledged ids missing after the restart`,
          ).toEqual([]);

          await killAt;
          await writer.kill();
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
        if (writer) await writer.kill();
        await target.dispose();
      }
    },
    TEST_TIMEOUT_MS,
  );
});

describe('durability on the embedded PostgreSQL when the whole process group is killed', () => {
  it(
    `keeps every acknowledged episode across ${ROUNDS} kills of Node and PostgreSQL together, each restarted at once`,
    async () => {
      const target = await embeddedTarget();
      const acked: string[] = [];
      const readyMs: number[] = [];
      let webBuilds = 0;
      let staleRemoved = 0;
      let app: App | undefined;
      try {
        // Build the web app now if it is stale, so that restarts measure the server only.
        await execFileAsync(process.execPath, ['scripts/build-web.mjs'], { cwd: repoRoot });
        app = startApp(target, 'serve');
        let site: Site = { base: await app.ready, origin: ORIGIN };
        const cookie = await signUpOrIn(site, EMAIL);
        for (let round = 1; round <= ROUNDS; round++) {
          // Write for a random moment, then kill the group with writes in flight.
          const writing = writeEpisodes(site, { cookie, writers: WRITERS, onAck: (id) => acked.push(id) });
          const failedEarly = await Promise.race([writing.catch((error: Error) => error), sleep(randomWait())]);
          if (failedEarly instanceof Error) {
            throw new Error(`round ${round}: a write failed before the kill: ${failedEarly.message}`);
          }
          await app.kill();
          expect(app.child.signalCode, `round ${round}: the server died on its own:\n${app.stderr()}`).toBe('SIGKILL');
          await writing.catch(quiet); // the writes in flight fail with the server gone

          const restarted = performance.now();
          app = startApp(target, 'serve');
          const base = await app.ready.catch((error: unknown) => {
            throw new Error(`round ${round}: the restart failed: ${(error as Error).message}`);
          });
          readyMs.push(performance.now() - restarted);
          if (app.stderr().includes('building the web app')) webBuilds++;
          if (app.stderr().includes('Removed stale PostgreSQL lock files')) staleRemoved++;
          site = { base, origin: ORIGIN };

          const listed = await listedIds(base, cookie);
          const missing = missingFrom(listed, acked);
          expect(
            missing,
            `round ${round}: ${missing.length} of ${acked.length} acknowledged ids missing after the restart`,
          ).toEqual([]);
        }
        await app.kill();
        app = undefined;

        expect(acked.length, `only ${acked.length} ids acknowledged in ${ROUNDS} rounds`).toBeGreaterThan(ROUNDS);
        expect(new Set(acked).size, 'an id was acknowledged twice').toBe(acked.length);
        // Once more at once, in this process, right after the last kill: every id in the table.
        // Timed alone, this is the database's share of a restart (Node's start-up excluded).
        const reopening = performance.now();
        const reopenLog: string[] = [];
        const database = await openDatabase({ dataDir: target.dataDir, log: (m) => reopenLog.push(m) });
        const reopenMs = performance.now() - reopening;
        const reopenStale = reopenLog.some((m) => m.startsWith('Removed stale PostgreSQL lock files'));
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
        process.stdout.write(
          `${readyReport({ readyMs, reopenMs, reopenStale, acked: acked.length, webBuilds, staleRemoved })}\n`,
        );
      } finally {
        await app?.kill();
        await target.dispose();
      }
    },
    TEST_TIMEOUT_MS,
  );
});

/** The report line: restart-to-ready times against the target, which is reported, not asserted. */
function readyReport(r: {
  readyMs: readonly number[];
  reopenMs: number;
  reopenStale: boolean;
  acked: number;
  webBuilds: number;
  staleRemoved: number;
}): string {
  const sorted = [...r.readyMs].sort((a, b) => a - b);
  const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(2);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1 ? sorted[Math.floor(middle)] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const over = sorted.filter((ms) => ms >= READY_TARGET_MS).length;
  return [
    `process-group kills: ${sorted.length}/${ROUNDS} immediate restarts ready`,
    `restart to ready min ${seconds(sorted[0])} s, median ${seconds(median)} s, max ${seconds(sorted.at(-1))} s, ${over} at or over the ${READY_TARGET_MS / 1000} s target`,
    ...(r.webBuilds > 0 ? [`${r.webBuilds} restarts rebuilt the web app first`] : []),
    // The others found the old postmaster already reaped, and PostgreSQL cleared its files itself.
    `${r.staleRemoved} restarts found the old postmaster still a zombie and removed its lock files`,
    `database reopened in-process right after the last kill in ${seconds(r.reopenMs)} s${r.reopenStale ? ' (the old postmaster was still a zombie)' : ''}`,
    `${r.acked} writes acknowledged, 0 lost`,
  ].join('; ');
}
