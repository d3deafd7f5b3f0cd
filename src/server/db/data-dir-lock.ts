// One Unknot process per data directory: a pid file, created exclusively, that a second process
// refuses to override while its holder is alive. PostgreSQL guards its own cluster directory too,
// but this lock also covers the files Unknot keeps beside it (password, auth secret) and gives a
// clear message instead of a PostgreSQL error.
import fs from 'node:fs';
import path from 'node:path';
import { errorCode, makeDataDir } from './data-dir.ts';
import { commandLine, processState } from './process-state.ts';

export type DataDirLock = { release(): void };

const LOCK_FILE = 'unknot.lock';

/**
 * Holders in this process, by lock file path. Acquiring the same directory twice in one process
 * is re-entrant (the file is removed when the last holder releases it). An existing file that
 * names our own pid but is not in this map is stale: a previous process had the same pid, which
 * is the norm in containers where Node runs as pid 1.
 */
const heldHere = new Map<string, number>();

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const dir = path.resolve(dataDir);
  makeDataDir(dir);
  const file = path.join(dir, LOCK_FILE);

  const count = heldHere.get(file);
  if (count !== undefined) {
    heldHere.set(file, count + 1);
  } else {
    createLockFile(file, dir);
    heldHere.set(file, 1);
  }

  let released = false;
  return {
    release(): void {
      if (released) return;
      released = true;
      const remaining = (heldHere.get(file) ?? 1) - 1;
      if (remaining > 0) {
        heldHere.set(file, remaining);
        return;
      }
      heldHere.delete(file);
      if (readPid(file) === process.pid) {
        try {
          fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      }
    },
  };
}

function createLockFile(file: string, dir: string): void {
  // A few rounds: each round either creates the file, throws for a live holder, or removes a
  // stale file and tries again. Losing a race to another starting process ends in the throw.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o644 });
      return;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    let content: string | undefined;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue; // Released meanwhile: try again.
      content = undefined; // Unreadable: treat as stale.
    }
    const pid = content === undefined ? undefined : parsePid(content);
    if (pid !== undefined && pid !== process.pid && isLiveNodeProcess(pid)) {
      throw new Error(
        `Data directory ${dir} is already in use by another Unknot process (pid ${pid}). Stop that process, or set DATA_DIR to another folder.`,
      );
    }
    // Stale (dead holder, pid reuse, garbage): remove it, unless it changed since we read it.
    try {
      if (content === undefined || fs.readFileSync(file, 'utf8') === content) fs.unlinkSync(file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  throw new Error(
    `Could not take the lock file ${file}: it keeps changing. Is another Unknot process starting with DATA_DIR=${dir}?`,
  );
}

function readPid(file: string): number | undefined {
  try {
    return parsePid(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function parsePid(content: string): number | undefined {
  const text = content.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const pid = Number(text);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Alive, and (where /proc exists) a Node process: a reused pid of something else is not a holder,
 * and neither is a holder that was killed and is being torn down or is a zombie (after a
 * supervisor killed the whole process group): it runs no more code.
 */
function isLiveNodeProcess(pid: number): boolean {
  if (processState(pid) !== 'running') return false;
  if (process.platform !== 'linux') return true;
  // Unreadable: exited between the two checks.
  return commandLine(pid)?.some((arg) => arg.includes('node')) ?? false;
}
