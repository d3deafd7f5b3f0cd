// What became of a process named in a pid file (the data-directory lock, PostgreSQL's
// postmaster.pid). `kill(pid, 0)` alone cannot tell a live holder from one that is dying: it
// succeeds for a zombie and for a process still being torn down after a SIGKILL. On Linux,
// /proc/<pid>/stat and /proc/<pid>/status tell them apart; elsewhere a process that answers
// `kill(pid, 0)` counts as running.
import fs from 'node:fs';
import { errorCode } from './data-dir.ts';

/**
 * - `running`: alive and able to run code;
 * - `exiting`: killed (SIGKILL pending) or inside the kernel's exit path: it runs no more code of
 *   its own, but may still hold files and memory for a moment;
 * - `zombie`: exited; only its parent's wait() is missing (an orphan waits for pid 1 to reap it);
 * - `gone`: no such process.
 */
export type ProcessState = 'running' | 'exiting' | 'zombie' | 'gone';

/** PF_EXITING in the `flags` field of /proc/<pid>/stat (include/linux/sched.h). */
const PF_EXITING = 0x4;
/** SIGKILL is signal 9, bit 8 of the pending-signal masks in /proc/<pid>/status. */
const SIGKILL_BIT = 1n << 8n;

export function processState(pid: number): ProcessState {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user (the postgres account when we run as root).
    if (errorCode(error) !== 'EPERM') return 'gone';
  }
  if (process.platform !== 'linux') return 'running';
  const fields = statFields(pid);
  if (fields === undefined) return 'gone';
  const [state, , , , , , flags] = fields;
  if (state === 'Z' || state === 'X' || state === 'x') return 'zombie';
  if ((Number(flags) & PF_EXITING) !== 0 || hasPendingKill(pid)) return 'exiting';
  return 'running';
}

/** The command line of a process, or undefined when it cannot be read (gone, or not Linux). */
export function commandLine(pid: number): string[] | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const text = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return text === '' ? [] : text.replace(/\0$/, '').split('\0');
  } catch {
    return undefined;
  }
}

/** The fields of /proc/<pid>/stat after the command name, from `state` on (field 3). */
function statFields(pid: number): string[] | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name is in parentheses and may itself contain spaces and parentheses.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function hasPendingKill(pid: number): boolean {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return false;
  }
  for (const name of ['SigPnd', 'ShdPnd']) {
    const mask = new RegExp(`^${name}:\\s*([0-9a-f]+)$`, 'm').exec(status)?.[1];
    if (mask !== undefined && (BigInt(`0x${mask}`) & SIGKILL_BIT) !== 0n) return true;
  }
  return false;
}
