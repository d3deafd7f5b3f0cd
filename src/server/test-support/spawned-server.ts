// Servers that tests start as child processes (`bin/unknot serve`, or a script that starts the
// server in-process), and the promise that each is killed again, whatever happens to the test:
//
// - a server that is not ready in time is killed at once (with its whole process group), and the
//   start fails with what it printed on stderr;
// - `killSpawned()` kills every one not yet killed: call it in `afterEach` (or `afterAll`), so a
//   failed or timed-out test leaves nothing running; it also runs when the worker exits or is
//   stopped by SIGTERM, SIGINT or SIGHUP.
//
// A server started with `group: true` leads its own process group (its embedded PostgreSQL
// included) and is killed as a group, as systemd or a container runtime would.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const unknotBin = fileURLToPath(new URL('../../../bin/unknot', import.meta.url));
/** The line `unknot serve` prints when it listens, with its base URL. */
export const SERVE_READY = /^Unknot is ready at (http:\/\/\S+) /;

export type SpawnOptions = {
  /** Arguments to node (`[unknotBin, 'serve']`, or `['--import', 'tsx', script]`). */
  readonly args: readonly string[];
  /** The child's whole environment (nothing is inherited unless passed). */
  readonly env: Readonly<Record<string, string>>;
  /** A stdout line announcing readiness; its first group is the base URL. */
  readonly ready?: RegExp;
  readonly readyTimeoutMs?: number;
  /** Its own process group, killed as one (detached). */
  readonly group?: boolean;
  /** Every complete stdout line (a line cut short by a kill is never passed). */
  readonly onLine?: (line: string) => void;
};

export type Spawned = {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  /** The base URL once ready; rejects when the process exits or times out first. */
  readonly ready: Promise<string>;
  /** Resolves when the process has exited and its output has been read. */
  readonly exited: Promise<void>;
  stderr(): string;
  /** Sends a signal to the process alone (SIGTERM to test a clean stop, say). */
  signal(name: NodeJS.Signals): void;
  /** SIGKILL to the process, or its whole group; then waits for it to be gone. */
  kill(): Promise<void>;
};

const live = new Set<() => void>();

/** Kills every process (or process group) started here and not yet killed. */
export function killSpawned(): void {
  for (const kill of live) kill();
  live.clear();
}
process.once('exit', killSpawned);
// A worker stopped by a signal (a run cut short, `timeout`, Ctrl+C) exits without 'exit': kill what
// it started first, then let the signal do what it would have done.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killSpawned();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

/** Whether any process is left in the process group that `pid` led. */
function groupAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The environment a spawned server needs from ours, plus its own variables. */
export function childEnv(own: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', ...own };
}

export function spawnServer(options: SpawnOptions): Spawned {
  const ready = options.ready ?? SERVE_READY;
  const timeoutMs = options.readyTimeoutMs ?? 60_000;
  const group = options.group ?? false;
  const child = spawn(process.execPath, [...options.args], {
    cwd: repoRoot,
    detached: group,
    env: { ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killNow = (): void => {
    try {
      // A negative pid names the process group that a detached child leads.
      if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      else if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };
  live.add(killNow);
  let errors = '';
  let pending = '';
  let exitedEarly: (reason: Error) => void = () => undefined;
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise<void>((resolve) => {
    // 'close' rather than 'exit': by then everything the process printed has been read.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      // A process group may outlive its leader (PostgreSQL): it is done with once empty.
      if (!group || !groupAlive(child.pid)) live.delete(killNow);
      exitedEarly(new Error(`the server exited before it was ready (code ${code}, signal ${signal}):\n${errors}`));
      resolve();
    });
  });
  const readyUrl = new Promise<string>((resolve, reject) => {
    exitedEarly = reject;
    timer = setTimeout(() => {
      // Never leave a server that did not come up running behind the failed test.
      killNow();
      live.delete(killNow);
      reject(new Error(`the server was not ready within ${timeoutMs} ms (killed):\n${errors}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        options.onLine?.(line);
        const url = ready.exec(line)?.[1];
        if (url !== undefined) {
          clearTimeout(timer);
          resolve(url);
        }
      }
    });
  });
  readyUrl.catch(() => undefined); // observed by the test; never an unhandled rejection
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  return {
    child,
    ready: readyUrl,
    exited,
    stderr: () => errors,
    signal(name) {
      if (child.exitCode === null && child.signalCode === null) child.kill(name);
    },
    async kill() {
      killNow();
      live.delete(killNow);
      await exited;
    },
  };
}
