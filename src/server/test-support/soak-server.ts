// The soak run (bench/soak.bench.ts, src/server/soak.int.test.ts): `node bin/unknot serve` started
// as a child in its own process group, on a temporary DATA_DIR (embedded PostgreSQL) or a fresh
// database on an external server, loaded with soak-traffic.ts for a while, its memory sampled
// from /proc every few seconds (the Node process, and its descendants: the embedded PostgreSQL),
// then stopped with SIGTERM (SIGKILL to the group if it does not stop) and cleaned up.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { runSoakTraffic, type SoakTrafficResult } from './soak-traffic.ts';
import { childEnv, spawnServer, unknotBin } from './spawned-server.ts';
import { createExternalDatabase, tempDataDir } from './test-database.ts';

const ORIGIN = 'http://127.0.0.1:3000';
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;

export type SoakDatabase = { readonly kind: 'embedded' } | { readonly kind: 'external'; readonly url: string };

export type RssSample = {
  /** Seconds since the traffic started. */
  readonly atS: number;
  /** VmRSS of the Node server process. */
  readonly nodeKb: number;
  /** VmRSS summed over its descendants (embedded PostgreSQL; shared memory counted once per process). */
  readonly childrenKb: number;
  /** Their proportional set size summed (shared pages split between the processes using them). */
  readonly childrenPssKb: number;
  readonly children: number;
};

export type SoakSummary = {
  readonly database: string;
  readonly startedAt: string;
  readonly minutes: number;
  readonly users: number;
  readonly startupMs: number;
  readonly traffic: SoakTrafficResult;
  readonly rss: readonly RssSample[];
};

function kbFrom(file: string, field: RegExp): number {
  try {
    const match = field.exec(readFileSync(file, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // gone meanwhile
  }
}
const vmRssKb = (pid: number) => kbFrom(`/proc/${pid}/status`, /^VmRSS:\s+(\d+) kB/m);
const pssKb = (pid: number) => kbFrom(`/proc/${pid}/smaps_rollup`, /^Pss:\s+(\d+) kB/m);

/** Every live descendant of `root`, from the parent pids in /proc/<pid>/stat. */
function descendantsOf(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after its last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(name), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const found: number[] = [];
  const wanted = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (wanted.has(ppid) && !wanted.has(pid)) {
        wanted.add(pid);
        found.push(pid);
        grew = true;
      }
    }
  }
  return found;
}

export function sampleRss(pid: number, atS: number): RssSample {
  const children = descendantsOf(pid);
  return {
    atS,
    nodeKb: vmRssKb(pid),
    childrenKb: children.reduce((sum, c) => sum + vmRssKb(c), 0),
    childrenPssKb: children.reduce((sum, c) => sum + pssKb(c), 0),
    children: children.length,
  };
}

type Server = { base: string; pid: number; stderr: () => string; stop: () => Promise<void> };

async function startServer(database: SoakDatabase): Promise<Server> {
  const dataDir = tempDataDir();
  const external = database.kind === 'external' ? await createExternalDatabase(database.url, 'unknot_soak') : undefined;
  const databaseUrl = external?.url;
  const dropDatabase = async (): Promise<void> => external?.drop();
  const cleanUp = async () => {
    await dropDatabase().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Its own process group, PostgreSQL included, as under a supervisor.
  const server = spawnServer({
    args: [unknotBin, 'serve'],
    env: childEnv({
      DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: ORIGIN,
      AUTH_SECRET: 'soak-test-secret-0123456789abcdef-soak',
    }),
    group: true,
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
  const stop = async () => {
    // A clean stop first (it stops the embedded PostgreSQL), SIGKILL to the group if it hangs.
    server.signal('SIGTERM');
    const timer = setTimeout(() => void server.kill(), STOP_TIMEOUT_MS);
    await server.exited;
    clearTimeout(timer);
    // The group may outlive its leader (a PostgreSQL that did not stop): nothing may stay behind.
    await server.kill();
    await cleanUp();
  };
  try {
    const base = await server.ready;
    return { base, pid: server.child.pid ?? 0, stderr: server.stderr, stop };
  } catch (error) {
    await server.kill();
    await cleanUp();
    throw error;
  }
}

export type SoakOptions = {
  readonly database: SoakDatabase;
  readonly minutes: number;
  readonly users?: number;
  /** Mean pause between one user's requests (soak-traffic.ts). */
  readonly thinkMs?: number;
  readonly sampleEveryMs?: number;
  /** Progress lines (the RSS samples as they are taken). */
  readonly log?: (line: string) => void;
};

export async function runSoak(options: SoakOptions): Promise<SoakSummary & { serverStderr: string }> {
  const users = options.users ?? 6;
  const every = options.sampleEveryMs ?? 10_000;
  const startedAt = new Date().toISOString();
  const startup = performance.now();
  const server = await startServer(options.database);
  const startupMs = Math.round(performance.now() - startup);
  const rss: RssSample[] = [];
  const t0 = performance.now();
  const sample = () => {
    const s = sampleRss(server.pid, Math.round((performance.now() - t0) / 1000));
    rss.push(s);
    options.log?.(
      `${String(s.atS).padStart(5)} s  RSS node ${(s.nodeKb / 1024).toFixed(0)} MB, children ${(s.childrenKb / 1024).toFixed(0)} MB (PSS ${(s.childrenPssKb / 1024).toFixed(0)} MB, ${s.children} processes)`,
    );
  };
  try {
    sample();
    const timer = setInterval(sample, every);
    let traffic: SoakTrafficResult;
    try {
      traffic = await runSoakTraffic({
        base: server.base,
        origin: ORIGIN,
        durationMs: options.minutes * 60_000,
        users,
        ...(options.thinkMs !== undefined ? { thinkMs: options.thinkMs } : {}),
      });
    } finally {
      clearInterval(timer);
    }
    sample();
    return {
      database: options.database.kind,
      startedAt,
      minutes: options.minutes,
      users,
      startupMs,
      traffic,
      rss,
      serverStderr: server.stderr(),
    };
  } finally {
    await server.stop();
  }
}
