// Before the embedded PostgreSQL starts: deal with a server that an earlier Unknot process left
// behind. PostgreSQL refuses to start while `postmaster.pid` (and the socket's lock file) name a
// pid that `kill(pid, 0)` still reaches, and it cannot tell these cases apart:
//
//   (a) a live postmaster serving this cluster, orphaned when Node alone was killed with SIGKILL:
//       ask it for a fast shutdown and wait (SIGKILL as a last resort);
//   (b) a postmaster that is dying or dead, when a supervisor killed Node and PostgreSQL together
//       (a whole process group): wait while it is being torn down; once it is a zombie it runs
//       nothing and holds nothing, only its parent's wait() is missing (an orphan's parent is pid 1,
//       which may take a second or never come), so its lock files are stale;
//   (c) a pid that now belongs to another program (pid reuse): the lock files are stale.
//
// Stale lock files are removed, but only once no process is attached to the old server's shared
// memory any more: orphaned backends outlive their postmaster for a moment, and PostgreSQL's own
// shared-memory check is what keeps two servers off one cluster. A pid that is gone is left to
// PostgreSQL, which removes such a file itself (after the same shared-memory check).
import fs from 'node:fs';
import path from 'node:path';
import { errorCode } from './data-dir.ts';
import { commandLine, processState } from './process-state.ts';

export type LeftoverOptions = {
  clusterDir: string;
  /** `<socket dir>/.s.PGSQL.<port>.lock`, which PostgreSQL locks like postmaster.pid. */
  socketLockFile: string;
  log: (msg: string) => void;
};

/** What a PostgreSQL lock file says (postmaster.pid and the socket lock share the layout). */
type LockFile = {
  file: string;
  text: string;
  pid: number;
  dataDir: string | undefined;
  /** The System V segment PostgreSQL uses as its interlock (line 7 of postmaster.pid). */
  sharedMemory: { key: number; id: number } | undefined;
};

const POLL_MS = 25;
const SHUTDOWN_WAIT_MS = 30_000;
const EXIT_WAIT_MS = 10_000;
const SHARED_MEMORY_WAIT_MS = 10_000;
/** Each round ends in a start or acts once (a shutdown, a wait); more means something keeps interfering. */
const MAX_ROUNDS = 5;

export async function clearLeftoverServer(options: LeftoverOptions): Promise<void> {
  const { clusterDir, socketLockFile, log } = options;
  const removed: { file: string; why: string }[] = [];
  for (const file of [path.join(clusterDir, 'postmaster.pid'), socketLockFile]) {
    for (let round = 0; ; round++) {
      if (round === MAX_ROUNDS) {
        throw new Error(
          `${file} keeps naming another PostgreSQL server after ${MAX_ROUNDS} attempts to clear it. Is another Unknot process starting with this data directory?`,
        );
      }
      const lock = readLockFile(file);
      if (lock === undefined || lock.pid === process.pid) break;
      const state = processState(lock.pid);
      if (state === 'gone') {
        await waitForSharedMemory(lock, clusterDir);
        break; // PostgreSQL removes the file of a dead process itself.
      }
      if (state === 'exiting') {
        await waitUntilExited(lock.pid, EXIT_WAIT_MS, clusterDir);
        continue;
      }
      if (state === 'zombie') {
        await waitForSharedMemory(lock, clusterDir);
        if (removeStale(lock))
          removed.push({ file, why: `pid ${lock.pid} had exited; its parent had not reaped it yet` });
        break;
      }
      const serving = servesCluster(lock.pid, clusterDir);
      // Unreadable on Linux: it exited just now (the retry looks again), or /proc hides it.
      if (serving === undefined && process.platform === 'linux') break;
      if (serving === false) {
        const command = commandLine(lock.pid)?.[0];
        const program = command ? ` (${path.basename(command)})` : '';
        if (removeStale(lock)) removed.push({ file, why: `pid ${lock.pid} now belongs to another program${program}` });
        break;
      }
      // Live and (as far as this platform shows) a postmaster of this very cluster: case (a).
      // Only through postmaster.pid, and only if it names this directory too.
      if (file !== socketLockFile && lock.dataDir !== undefined && sameDirectory(lock.dataDir, clusterDir)) {
        await shutDown(lock.pid, clusterDir, log);
        continue;
      }
      break; // Left to PostgreSQL, whose refusal then names the file.
    }
  }
  // Both files usually name the same dead postmaster: one line for both.
  const reasons = [...new Set(removed.map((r) => r.why))];
  if (reasons.length > 0) {
    log(
      `Removed stale PostgreSQL lock files left by a server that ended with an earlier Unknot process: ${removed.map((r) => r.file).join(', ')} (${reasons.join('; ')}).`,
    );
  }
}

function readLockFile(file: string): LockFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  // A standalone backend (single-user mode) writes its pid negated.
  const pid = Math.abs(Number(lines[0]?.trim()));
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined; // Garbage: PostgreSQL reports it.
  const [key, id] = (lines[6] ?? '').trim().split(/\s+/).map(Number);
  const sharedMemory =
    key !== undefined && id !== undefined && Number.isSafeInteger(key) && Number.isSafeInteger(id) && key > 0
      ? { key, id }
      : undefined;
  return { file, text, pid, dataDir: lines[1]?.trim() || undefined, sharedMemory };
}

/** On Linux: is it `postgres` with this cluster on its command line? Elsewhere: cannot tell. */
function servesCluster(pid: number, clusterDir: string): boolean | undefined {
  if (process.platform !== 'linux') return undefined;
  const args = commandLine(pid);
  if (args === undefined) return undefined;
  return args.some((arg) => path.basename(arg) === 'postgres') && args.some((arg) => sameDirectory(arg, clusterDir));
}

export function sameDirectory(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

/** Removes the file unless it changed since it was read (a server that started meanwhile). */
function removeStale(lock: LockFile): boolean {
  try {
    if (fs.readFileSync(lock.file, 'utf8') !== lock.text) return false;
    fs.unlinkSync(lock.file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw new Error(
      `Could not remove the stale PostgreSQL lock file ${lock.file}: ${error instanceof Error ? error.message : String(error)}. Remove it by hand, then start Unknot again.`,
    );
  }
}

/**
 * Waits until no process is attached to the System V segment the dead postmaster created: its
 * backends notice the postmaster's death and exit within moments. Linux only (/proc/sysvipc/shm);
 * elsewhere PostgreSQL's own check stands alone.
 */
async function waitForSharedMemory(lock: LockFile, clusterDir: string): Promise<void> {
  const { sharedMemory } = lock;
  if (sharedMemory === undefined || process.platform !== 'linux') return;
  const deadline = Date.now() + SHARED_MEMORY_WAIT_MS;
  for (;;) {
    const attached = attachedProcesses(sharedMemory.key, sharedMemory.id, lock.pid);
    if (attached === 0) return;
    if (Date.now() >= deadline) {
      throw new Error(
        `${attached} processes of an earlier PostgreSQL server (pid ${lock.pid}) on ${clusterDir} still use its shared memory (segment ${sharedMemory.id}) after ${SHARED_MEMORY_WAIT_MS / 1000} s. Stop them (ps shows them as "postgres: …"), then start Unknot again.`,
      );
    }
    await sleep(POLL_MS);
  }
}

/** nattch of the segment with this key and id created by `creator`; 0 when there is none. */
function attachedProcesses(key: number, id: number, creator: number): number {
  let table: string;
  try {
    table = fs.readFileSync('/proc/sysvipc/shm', 'utf8');
  } catch {
    return 0;
  }
  // key shmid perms size cpid lpid nattch …
  for (const row of table.split('\n').slice(1)) {
    const [rowKey, rowId, , , cpid, , nattch] = row.trim().split(/\s+/).map(Number);
    if (rowKey === key && rowId === id && cpid === creator) return nattch ?? 0;
  }
  return 0;
}

/**
 * Case (a): ask the postmaster for a fast shutdown (SIGINT) and wait; SIGKILL only as a last
 * resort. A clean shutdown removes its lock files.
 */
async function shutDown(pid: number, clusterDir: string, log: (msg: string) => void): Promise<void> {
  const started = Date.now();
  if (!signal(pid, 'SIGINT')) return;
  let how = 'fast shutdown';
  if (!(await hasExited(pid, SHUTDOWN_WAIT_MS))) {
    how = `SIGKILL after ${SHUTDOWN_WAIT_MS / 1000} s without a fast shutdown`;
    signal(pid, 'SIGKILL');
    if (!(await hasExited(pid, SHUTDOWN_WAIT_MS))) {
      throw new Error(
        `A PostgreSQL server (pid ${pid}) left running on ${clusterDir} by an earlier Unknot process does not stop, even with SIGKILL. Stop it by hand, then start Unknot again.`,
      );
    }
  }
  log(
    `Shut down a PostgreSQL server (pid ${pid}) left running on ${clusterDir} by an earlier Unknot process (${how}, ${Date.now() - started} ms).`,
  );
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ESRCH') return false;
    throw new Error(
      `Could not stop the PostgreSQL server (pid ${pid}) left running in the data directory: ${error instanceof Error ? error.message : String(error)}. Stop it by hand, then start Unknot again.`,
    );
  }
}

/** Case (b): a process being torn down has a moment to finish; one that never does is refused. */
async function waitUntilExited(pid: number, timeoutMs: number, clusterDir: string): Promise<void> {
  if (await hasExited(pid, timeoutMs)) return;
  throw new Error(
    `The PostgreSQL server (pid ${pid}) that last used ${clusterDir} was killed but has not finished exiting after ${timeoutMs / 1000} s. Start Unknot again once it is gone.`,
  );
}

/** True once the process is a zombie or gone; false after the timeout. */
async function hasExited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = processState(pid);
    if (state === 'zombie' || state === 'gone') return true;
    if (Date.now() >= deadline) return false;
    await sleep(POLL_MS);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
