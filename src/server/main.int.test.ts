// `unknot serve` as a person runs it: starts on an embedded PostgreSQL, says where, stops cleanly
// on SIGTERM/SIGINT, refuses a second app on the same data directory, and reports bad config.
// Every server is a child process killed in afterEach if the test did not stop it (a failure or
// a timeout included). Start-up times are reported (the durability suite, `npm run bench:soak`),
// not asserted here.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { childEnv, killSpawned, type Spawned, spawnServer, unknotBin } from './test-support/spawned-server.ts';
import { tempDataDir } from './test-support/test-database.ts';

const dirs: string[] = [];
afterEach(killSpawned);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const serve = (dataDir: string, env: Record<string, string> = {}): Spawned =>
  spawnServer({
    args: [unknotBin, 'serve'],
    env: childEnv({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', ...env }),
  });

/** The exit code once the process has exited (and its output is read). */
const exitCode = async (server: Spawned): Promise<number | null> => {
  await server.exited;
  return server.child.exitCode;
};

describe('unknot serve', () => {
  it('starts on an embedded PostgreSQL, answers, and stops cleanly on SIGTERM and SIGINT', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = serve(dataDir);
    expect(await (await fetch(`${await first.ready}/api/ready`)).json()).toEqual({ status: 'ready' });
    first.signal('SIGTERM');
    expect(await exitCode(first)).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, 'unknot.lock'))).toBe(false);

    // A warm start on the same data (how fast: the durability suite reports restart-to-ready times).
    const second = serve(dataDir);
    expect((await fetch(`${await second.ready}/api/ready`)).status).toBe(200);
    second.signal('SIGINT');
    expect(await exitCode(second)).toBe(0);
  }, 120_000);

  it('refuses a second app on a data directory in use, with one clear message', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = serve(dataDir);
    const url = await first.ready;
    const second = serve(dataDir);
    await expect(second.ready).rejects.toThrow(/already in use by another Unknot process \(pid \d+\)/);
    expect(second.child.exitCode).toBe(1);
    // The first one is unharmed.
    expect((await fetch(`${url}/api/ready`)).status).toBe(200);
    first.signal('SIGTERM');
    expect(await exitCode(first)).toBe(0);
  }, 120_000);

  it('reports every configuration problem at once and exits 1', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const bad = serve(dataDir, { PORT: 'abc', LOG_LEVEL: 'chatty' });
    await expect(bad.ready).rejects.toThrow(/exited before it was ready \(code 1/);
    expect(bad.stderr()).toMatch(/PORT must be/);
    expect(bad.stderr()).toMatch(/LOG_LEVEL must be/);
  }, 60_000);
});
