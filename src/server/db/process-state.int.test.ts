// processState and commandLine against real processes: a running one, a zombie, one that is gone.
import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireLinux, spawnZombie } from '../test-support/zombie.ts';
import { commandLine, processState } from './process-state.ts';

describe('processState', () => {
  beforeAll(requireLinux);

  it('tells a running process from a zombie and from a pid that is gone', async () => {
    expect(processState(process.pid)).toBe('running');
    expect(commandLine(process.pid)?.[0]).toBe(process.execPath);

    const sleeper = spawn('sleep', ['600'], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => sleeper.once('exit', () => resolve()));
    const pid = sleeper.pid ?? 0;
    try {
      expect(processState(pid)).toBe('running');
      expect(commandLine(pid)).toEqual(['sleep', '600']);
    } finally {
      sleeper.kill('SIGKILL');
      await exited;
    }
    expect(processState(pid)).toBe('gone'); // Node reaped it.
    expect(commandLine(pid)).toBeUndefined();

    const zombie = await spawnZombie();
    try {
      expect(processState(zombie.pid)).toBe('zombie');
      expect(commandLine(zombie.pid)).toEqual([]);
    } finally {
      await zombie.release();
    }
  });
});
