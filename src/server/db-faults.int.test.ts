// The database fault suite (issue 10, items 5 and 6; docs/operations.md, "When the database stops
// answering"). An app runs on the embedded PostgreSQL, and a second app reaches the same server
// as an "external" database through a TCP proxy (test-support/fault-proxy.ts). While four writers
// log episodes and a burst of 150 reads arrives, the database is:
//
// - stopped (SIGSTOP to the postmaster and every backend), then continued;
// - killed (SIGKILL to the postmaster): the supervisor restarts it;
// - refused (nothing listens on the proxy's port), then listening again;
// - blackholed (connections accepted, nothing answered), then flowing again.
//
// Every request must answer within 5 s, as a 2xx or as a 503 problem with Retry-After (never a
// 500); /api/ready must say "not ready" within 2 s; the app must recover within 5 s of the
// database returning, without a restart; and every acknowledged write must be in the database.
// The figures go to artifacts/db-faults-summary.json. Last, `unknot serve` itself is started and
// its PostgreSQL killed, to show the same recovery through main.ts, without an app restart.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './db/client.ts';
import { FaultProxy } from './test-support/fault-proxy.ts';
import { childEnv, killSpawned, spawnServer, unknotBin } from './test-support/spawned-server.ts';
import { episodeBody, TestClient, testApp } from './test-support/test-app.ts';
import { tempDataDir } from './test-support/test-database.ts';

const LIMIT_MS = 5_000;
const READY_LIMIT_MS = 2_000;
const RECOVERY_LIMIT_MS = 5_000;
const FAULT_MS = 6_000;
const WRITERS = 4;
const BURST = 150;

type Sample = { what: string; startedAt: number; ms: number; status: number; problem: boolean; retryAfter: boolean };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(
  client: TestClient,
  what: string,
  method: HTTPMethods,
  url: string,
  body?: unknown,
): Promise<{ sample: Sample; json: () => unknown }> {
  const startedAt = Date.now();
  const r = await client.request(method, url, body);
  return {
    sample: {
      what,
      startedAt,
      ms: Date.now() - startedAt,
      status: r.statusCode,
      problem: String(r.headers['content-type']).startsWith('application/problem+json'),
      retryAfter: r.headers['retry-after'] !== undefined,
    },
    json: () => r.json(),
  };
}

type Fault = {
  readonly start: () => Promise<void> | void;
  /** The database returns (continued, listening, flowing). */
  readonly end: () => Promise<void> | void;
  /** How long the fault lasts; a killed server returns when the supervisor has restarted it. */
  readonly holdMs?: number;
  /** Measure recovery from the fault's start (a kill: returning is the app's own job). */
  readonly recoveryFromStart?: boolean;
};

type Outcome = {
  scenario: string;
  requests: number;
  statuses: Record<string, number>;
  slowestMs: number;
  slowestReadyMs: number;
  firstNotReadyMs: number | undefined;
  recoveryMs: number;
  acknowledgedWrites: number;
  lostWrites: number;
};

const outcomes: Outcome[] = [];

async function runFault(scenario: string, client: TestClient, database: Database, fault: Fault): Promise<Outcome> {
  const samples: Sample[] = [];
  const acked: string[] = [];
  let writing = true;
  let n = 0;
  const writer = async () => {
    while (writing) {
      const i = n++;
      const { sample, json } = await timed(
        client,
        'write',
        'POST',
        '/api/episodes',
        episodeBody({ notes: `${scenario} ${i}` }),
      );
      samples.push(sample);
      if (sample.status === 201) acked.push((json() as { id: string }).id);
      else await sleep(50);
    }
  };
  const writers = Array.from({ length: WRITERS }, writer);
  await sleep(500);

  const faultAt = Date.now();
  let ended: number | undefined;
  let recovered: number | undefined;
  try {
    await fault.start();
    let watching = true;
    const readiness = (async () => {
      while (watching) {
        samples.push((await timed(client, 'ready', 'GET', '/api/ready')).sample);
        await sleep(200);
      }
    })();
    await sleep(300);
    const burst = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        timed(client, 'burst', 'GET', i % 10 === 0 ? '/api/auth/get-session' : '/api/episodes?limit=5'),
      ),
    );
    samples.push(...burst.map((b) => b.sample));
    await sleep(Math.max(0, faultAt + (fault.holdMs ?? FAULT_MS) - Date.now()));
    watching = false;
    await readiness;
  } finally {
    await fault.end();
    ended = Date.now();
  }
  while (Date.now() - ended < 30_000) {
    const ready = await timed(client, 'ready', 'GET', '/api/ready');
    const read = await timed(client, 'read', 'GET', '/api/episodes?limit=5');
    samples.push(ready.sample, read.sample);
    if (ready.sample.status === 200 && read.sample.status === 200) {
      recovered = Date.now();
      break;
    }
    await sleep(100);
  }
  await sleep(500);
  writing = false;
  await Promise.all(writers);

  const { rows } = await database.pool.query<{ id: string }>('select id from episodes where id = any($1::uuid[])', [
    acked,
  ]);
  const found = new Set(rows.map((r) => r.id));
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  const readies = samples.filter((s) => s.what === 'ready' && s.startedAt >= faultAt);
  const firstNotReady = readies.find((s) => s.status === 503);
  const outcome: Outcome = {
    scenario,
    requests: samples.length,
    statuses,
    slowestMs: Math.max(...samples.map((s) => s.ms)),
    slowestReadyMs: Math.max(...readies.map((s) => s.ms)),
    firstNotReadyMs: firstNotReady ? firstNotReady.startedAt + firstNotReady.ms - faultAt : undefined,
    recoveryMs:
      recovered === undefined ? Number.POSITIVE_INFINITY : recovered - (fault.recoveryFromStart ? faultAt : ended),
    acknowledgedWrites: acked.length,
    lostWrites: acked.filter((id) => !found.has(id)).length,
  };
  outcomes.push(outcome);

  expect(samples.filter((s) => s.ms >= LIMIT_MS)).toEqual([]);
  expect(samples.filter((s) => s.status >= 500 && s.status !== 503)).toEqual([]);
  expect(samples.filter((s) => s.status === 503 && !(s.problem && s.retryAfter))).toEqual([]);
  expect(readies.filter((s) => s.ms >= READY_LIMIT_MS)).toEqual([]);
  expect(outcome.firstNotReadyMs).toBeLessThan(READY_LIMIT_MS);
  expect(statuses['503']).toBeGreaterThan(0);
  expect(outcome.recoveryMs).toBeLessThan(RECOVERY_LIMIT_MS);
  expect(acked.length).toBeGreaterThan(0);
  expect(outcome.lostWrites).toBe(0);
  return outcome;
}

// --- the embedded server's processes -------------------------------------------------------------

function postmasterPid(dataDir: string): number {
  const text = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
  return Number.parseInt(text.split('\n')[0] ?? '', 10);
}

/** The postmaster and its backends (its children, found through /proc/<pid>/stat). */
function serverPids(postmaster: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) children.push(Number(entry));
    } catch {
      // Exited meanwhile.
    }
  }
  return [postmaster, ...children];
}

function signal(pids: readonly number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Gone already.
    }
  }
}

// --- the suite -----------------------------------------------------------------------------------

const log: string[] = [];
const note = (message: string) => log.push(`${new Date().toISOString()} ${message}`);

let dataDir: string;
let embedded: Database;
let embeddedApp: FastifyInstance;
let proxy: FaultProxy;
let external: Database;
let externalApp: FastifyInstance;
/** Processes this suite stopped, continued on the way out whatever happens. */
const stopped = new Set<number>();

beforeAll(async () => {
  dataDir = tempDataDir();
  embedded = await openDatabase({ dataDir, log: note });
  embeddedApp = await testApp(embedded);
  proxy = new FaultProxy(path.join(dataDir, 'run', '.s.PGSQL.5432'));
  await proxy.listen();
  const password = fs.readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  external = await openDatabase({
    databaseUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${proxy.port}/unknot`,
    dataDir: tempDataDir(),
    log: note,
  });
  externalApp = await testApp(external);
}, 120_000);

afterAll(async () => {
  signal([...stopped], 'SIGCONT');
  await externalApp?.close();
  await external?.close();
  await proxy?.close();
  await embeddedApp?.close();
  await embedded?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync('artifacts', { recursive: true });
  fs.writeFileSync('artifacts/db-faults-summary.json', `${JSON.stringify({ outcomes, log }, null, 2)}\n`);
}, 60_000);

describe('the embedded PostgreSQL', () => {
  it('stopped (SIGSTOP) and continued: 503s within 5 s, recovery, no write lost', async () => {
    const client = await new TestClient(embeddedApp).signUp('stop@example.com');
    let pids: number[] = [];
    await runFault('embedded SIGSTOP', client, embedded, {
      start() {
        pids = serverPids(postmasterPid(dataDir));
        for (const pid of pids) stopped.add(pid);
        signal(pids, 'SIGSTOP');
      },
      end() {
        signal(pids, 'SIGCONT');
        for (const pid of pids) stopped.delete(pid);
      },
    });
  }, 60_000);

  it('killed (SIGKILL): restarted by the supervisor, no write lost', async () => {
    const client = await new TestClient(embeddedApp).signUp('kill@example.com');
    const before = postmasterPid(dataDir);
    await runFault('embedded SIGKILL', client, embedded, {
      start: () => signal([before], 'SIGKILL'),
      end: () => undefined,
      holdMs: 0,
      recoveryFromStart: true,
    });
    expect(postmasterPid(dataDir)).not.toBe(before);
  }, 60_000);
});

describe('an external PostgreSQL (through a TCP proxy)', () => {
  it('refusing connections: 503s within 5 s, recovery, no write lost', async () => {
    const client = await new TestClient(externalApp).signUp('refused@example.com');
    await runFault('external refused', client, external, {
      start: () => proxy.set('refuse'),
      end: () => proxy.set('pass'),
    });
  }, 60_000);

  it('blackholed (accepts, never answers): 503s within 5 s, recovery, no write lost', async () => {
    const client = await new TestClient(externalApp).signUp('blackhole@example.com');
    await runFault('external blackhole', client, external, {
      start: () => proxy.set('blackhole'),
      end: () => proxy.set('pass'),
    });
  }, 60_000);
});

describe('unknot serve', () => {
  afterEach(killSpawned);

  it('restarts its killed PostgreSQL by itself: health stays 200, ready is 503 then 200', async () => {
    const serveDir = tempDataDir();
    // Killed in afterEach if the test fails or times out before its own stop below.
    const server = spawnServer({
      args: [unknotBin, 'serve'],
      env: childEnv({ DATA_DIR: serveDir, PORT: '0', LOG_LEVEL: 'silent' }),
    });
    const { child } = server;
    try {
      const url = await server.ready;
      const get = async (route: string) => {
        const began = Date.now();
        const r = await fetch(`${url}${route}`, { signal: AbortSignal.timeout(LIMIT_MS) });
        return { status: r.status, ms: Date.now() - began, retryAfter: r.headers.get('retry-after') };
      };
      expect((await get('/api/ready')).status).toBe(200);

      const killedAt = Date.now();
      signal([postmasterPid(serveDir)], 'SIGKILL');
      let notReadyMs: number | undefined;
      let readyAgainMs: number | undefined;
      while (Date.now() - killedAt < 15_000) {
        const health = await get('/api/health');
        expect(health.status).toBe(200);
        const ready = await get('/api/ready');
        expect(ready.ms).toBeLessThan(READY_LIMIT_MS);
        if (ready.status === 503) {
          notReadyMs ??= Date.now() - killedAt;
          expect(ready.retryAfter).not.toBeNull();
        } else if (notReadyMs !== undefined) {
          readyAgainMs = Date.now() - killedAt;
          break;
        }
        await sleep(50);
      }
      outcomes.push({
        scenario: 'unknot serve, PostgreSQL killed',
        requests: 0,
        statuses: {},
        slowestMs: 0,
        slowestReadyMs: 0,
        firstNotReadyMs: notReadyMs,
        recoveryMs: readyAgainMs ?? Number.POSITIVE_INFINITY,
        acknowledgedWrites: 0,
        lostWrites: 0,
      });
      expect(notReadyMs).toBeLessThan(READY_LIMIT_MS);
      expect(readyAgainMs).toBeLessThan(RECOVERY_LIMIT_MS);
      expect(child.exitCode).toBeNull();
      expect(server.stderr()).toMatch(/Embedded PostgreSQL restarted/);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        server.signal('SIGTERM');
        const late = setTimeout(() => server.kill(), 20_000);
        await server.exited;
        clearTimeout(late);
      }
      fs.rmSync(serveDir, { recursive: true, force: true });
    }
  }, 90_000);
});
