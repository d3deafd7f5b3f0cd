// Durability, two ways, both killing with SIGKILL at random moments while episodes are written
// through the API, 20 times, and restarting at once on the same data:
//
// - the writing process alone: a child process runs the server and writes, printing each
//   acknowledged id; PostgreSQL survives it as an orphan, which the next start shuts down.
//   Embedded always, and external (TEST_DATABASE_URL, a fresh database).
// - the whole process group (issue 11): `node bin/unknot serve` runs in its own process group
//   with its embedded PostgreSQL, as under a supervisor; this test writes to it and kills the
//   group, Node and PostgreSQL together, as systemd or a container runtime would.
//
// After each restart the server lists every id acknowledged so far; at the end the database
// opens cleanly in this process and holds every acknowledged id.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db/client.ts';
import { postKeyedEpisode, type Site, signIn, signUpOrIn, writeEpisodes } from './test-support/episode-writer.ts';
import {
  childEnv,
  killSpawned,
  repoRoot,
  SERVE_READY,
  type Spawned,
  spawnServer,
  unknotBin,
} from './test-support/spawned-server.ts';
import { episodeBody } from './test-support/test-app.ts';
import { backends, createExternalDatabase, tempDataDir, testDatabaseUrl } from './test-support/test-database.ts';

const ROUNDS = 20;
const MIN_WAIT_MS = 200;
const MAX_WAIT_MS = 1500;
const READY_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 10 * 60_000;

/** Requests in flight at once when this test writes itself. */
const WRITERS = 4;
/** Restart to ready, reported (not asserted: the machine may be busy). */
const READY_TARGET_MS = 5_000;

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
  const database = await createExternalDatabase(url, 'unknot_durability');
  const dataDir = tempDataDir(); // unused by an external database, but DATA_DIR must name a folder
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: database.url },
    dataDir,
    databaseUrl: database.url,
    async dispose() {
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A process this test started: the writer (durable-writer.ts) or `bin/unknot serve`. */
type App = Spawned & {
  /** Ids the writer acknowledged, in order (none for `serve`: there the test writes). */
  readonly acked: string[];
};

type Kind = 'writer' | 'serve';

const commands: Record<Kind, { args: string[]; ready: RegExp; group: boolean }> = {
  writer: { args: ['--import', 'tsx', writerScript], ready: /^READY (\S+)$/, group: false },
  // Its own process group (setsid), PostgreSQL included, as under a supervisor.
  serve: { args: [unknotBin, 'serve'], ready: SERVE_READY, group: true },
};

// Whatever happens (a failed or timed-out test), nothing this file started stays running.
afterEach(killSpawned);

function startApp(target: Target, kind: Kind): App {
  const command = commands[kind];
  const acked: string[] = [];
  const spawned = spawnServer({
    args: command.args,
    env: childEnv({
      ...target.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: ORIGIN,
      AUTH_SECRET,
      WRITER_EMAIL: EMAIL,
    }),
    ready: command.ready,
    readyTimeoutMs: READY_TIMEOUT_MS,
    group: command.group,
    // Only complete lines count: a line cut short by the kill was not acknowledged.
    onLine: (line) => {
      if (line.startsWith('ACK ')) acked.push(line.slice(4));
    },
  });
  return { ...spawned, acked };
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
      const target = label === 'embedded' ? await embeddedTarget() : await externalTarget(testDatabaseUrl() ?? '');
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

/** Kills of the idempotency test: each leaves writes whose answer never came. */
const KEYED_ROUNDS = 5;

describe('idempotent creates on the embedded PostgreSQL when the whole process group is killed', () => {
  it(
    `stores each Idempotency-Key once across ${KEYED_ROUNDS} kills, retrying the unanswered writes after each restart`,
    async () => {
      const target = await embeddedTarget();
      /** Every key sent, with its body, until it is answered. */
      const unanswered = new Map<string, Record<string, unknown>>();
      /** key → the id its answer named. */
      const answered = new Map<string, string>();
      let inFlightAtKills = 0;
      let storedUnacknowledged = 0;
      let sent = 0;
      let app: App | undefined;
      try {
        await execFileAsync(process.execPath, ['scripts/build-web.mjs'], { cwd: repoRoot });
        app = startApp(target, 'serve');
        let site: Site = { base: await app.ready, origin: ORIGIN };
        const cookie = await signUpOrIn(site, EMAIL);
        for (let round = 1; round <= KEYED_ROUNDS; round++) {
          // Write with a new key each time until the server is gone.
          let stopped: Error | undefined;
          const writer = async (): Promise<void> => {
            while (stopped === undefined) {
              const n = sent++;
              const key = `durability-key-${n}`;
              const body = episodeBody({ notes: `keyed ${n}`, intensity: (n % 10) + 1 });
              unanswered.set(key, body);
              try {
                const { status, id } = await postKeyedEpisode(site, cookie, key, body);
                if (status !== 201) throw new Error(`a new key ${key} answered ${status}`);
                answered.set(key, id);
                unanswered.delete(key);
              } catch (error) {
                stopped ??= error as Error;
              }
            }
          };
          const writing = Promise.all(Array.from({ length: WRITERS }, writer));
          await Promise.race([writing, sleep(randomWait())]);
          if (stopped) throw new Error(`round ${round}: a write failed before the kill: ${stopped.message}`);
          await app.kill();
          expect(app.child.signalCode, `round ${round}: the server died on its own:\n${app.stderr()}`).toBe('SIGKILL');
          await writing; // the writes in flight fail with the server gone
          inFlightAtKills += unanswered.size;

          app = startApp(target, 'serve');
          site = { base: await app.ready, origin: ORIGIN };
          // Retry every unanswered write with its key and body: 200 if it was stored before the kill.
          for (const [key, body] of unanswered) {
            const { status, id } = await postKeyedEpisode(site, cookie, key, body);
            if (status === 200) storedUnacknowledged++;
            answered.set(key, id);
            unanswered.delete(key);
          }
          const listed = await listedIds(site.base, cookie);
          const missing = missingFrom(listed, [...answered.values()]);
          expect(missing, `round ${round}: ${missing.length} answered ids missing after the restart`).toEqual([]);
        }
        await app.kill();
        app = undefined;

        expect(inFlightAtKills, 'no write was in flight at any kill').toBeGreaterThan(0);
        const database = await openDatabase({ dataDir: target.dataDir, log: quiet });
        try {
          const { rows } = await database.pool.query<{ key: string | null; id: string }>(
            'SELECT idempotency_key AS key, id::text AS id FROM episodes',
          );
          const byKey = new Map<string, string[]>();
          for (const row of rows) byKey.set(row.key ?? '(none)', [...(byKey.get(row.key ?? '(none)') ?? []), row.id]);
          const duplicates = [...byKey].filter(([, ids]) => ids.length > 1);
          expect(duplicates, 'keys stored more than once').toEqual([]);
          // Exactly the keys sent, each as the row its answer named: none lost, none extra.
          expect(new Map([...byKey].map(([key, ids]) => [key, ids[0]]))).toEqual(answered);
          expect(rows.length).toBe(sent);
        } finally {
          await database.close();
        }
        process.stdout.write(
          `idempotent creates over ${KEYED_ROUNDS} process-group kills: ${sent} keys sent, ${inFlightAtKills} unanswered at the kills, ${storedUnacknowledged} of them stored before the kill (200 on retry), every key stored once\n`,
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
