// A real zombie process for tests: `sh` starts a child that exits at once, then replaces itself
// with `sleep`, which never reaps it. It stays a zombie until release() kills the sleeping parent
// (pid 1 then reaps it).
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export type Zombie = { readonly pid: number; release(): Promise<void> };

const WAIT_MS = 10_000;

/** Tests of process states read /proc: on another system they fail, saying so (never a silent skip). */
export function requireLinux(): void {
  if (process.platform !== 'linux')
    throw new Error(`This test reads Linux's /proc and cannot run on ${process.platform}; run it on Linux (CI does).`);
}

export async function spawnZombie(): Promise<Zombie> {
  const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 600'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const exited = new Promise<void>((resolve) => parent.once('exit', () => resolve()));
  const release = async (): Promise<void> => {
    if (parent.exitCode === null && parent.signalCode === null) parent.kill('SIGKILL');
    await exited;
  };
  try {
    const pid = await new Promise<number>((resolve, reject) => {
      let output = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('\n')) resolve(Number(output.trim()));
      });
      parent.once('exit', () => reject(new Error(`sh exited before naming its child: ${output}`)));
    });
    const deadline = Date.now() + WAIT_MS;
    while (stateOf(pid) !== 'Z') {
      if (Date.now() > deadline) throw new Error(`pid ${pid} did not become a zombie within ${WAIT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { pid, release };
  } catch (error) {
    await release();
    throw error;
  }
}

function stateOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}
