// Integration tests of the private PostgreSQL server and the data-directory lock: real initdb,
// real postmaster, real child processes killed with SIGKILL.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { childEnv, killSpawned, spawnServer } from '../test-support/spawned-server.ts';
import { requireLinux, spawnZombie } from '../test-support/zombie.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.ts';
import { processState } from './process-state.ts';

const TIMEOUT = 60_000;
const embeddedModule = fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url));
const lockModule = fileURLToPath(new URL('./data-dir-lock.ts', import.meta.url));
const pgModule = createRequire(import.meta.url).resolve('pg');
afterEach(killSpawned);

/** A temp folder the postgres system user can traverse when we run as root; `data` inside it. */
async function withTempDir(body: (root: string, dataDir: string) => Promise<void>): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-pg-'));
  fs.chmodSync(root, 0o755);
  try {
    await body(root, path.join(root, 'data'));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function query<R extends pg.QueryResultRow>(
  db: EmbeddedDatabase,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client(db.connection);
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(dataDir: string): number {
  const [first] = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
  return Number(first);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

type Child = { process: ChildProcess; exited: Promise<void> };

/**
 * Runs a TypeScript script under tsx; resolves once it prints READY. Killed if it is not ready in
 * time, and in afterEach if a failed test left it running (spawned-server.ts).
 */
async function spawnReady(script: string, args: string[]): Promise<Child> {
  const spawned = spawnServer({
    args: ['--import', 'tsx', script, ...args],
    env: childEnv({}),
    ready: /^(READY)$/,
    readyTimeoutMs: TIMEOUT / 2,
  });
  await spawned.ready;
  return { process: spawned.child, exited: spawned.exited };
}

/** A live process that is not PostgreSQL, as a reused pid would be. */
async function spawnSleeper(): Promise<{ pid: number; release(): Promise<void> }> {
  const child = spawn('sleep', ['600'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise((resolve) => child.once('spawn', resolve));
  return {
    pid: child.pid ?? 0,
    async release() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function kill(child: Child, signal: NodeJS.Signals): Promise<void> {
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill(signal);
  await child.exited;
}

describe('startEmbeddedPostgres', () => {
  it(
    'creates the cluster on first start, answers over the Unix socket only, and stops idempotently',
    async () => {
      await withTempDir(async (_root, dataDir) => {
        const logs: string[] = [];
        const db = await startEmbeddedPostgres({ dataDir, log: (m) => logs.push(m) });
        try {
          expect(db.connection).toEqual({
            host: path.join(dataDir, 'run'),
            port: 5432,
            user: 'postgres',
            password: expect.any(String),
            database: 'unknot',
          });
          expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
          expect(fs.existsSync(path.join(dataDir, 'run', '.s.PGSQL.5432'))).toBe(true);
          const password = fs.readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
          expect(password).toBe(db.connection.password);
          expect(password.length).toBeGreaterThanOrEqual(32);
          expect(fs.statSync(path.join(dataDir, 'pg-password')).mode & 0o777).toBe(0o600);

          const [row] = await query<{ one: number; db: string; addr: string | null; enc: string }>(
            db,
            "SELECT 1 AS one, current_database() AS db, inet_server_addr()::text AS addr, current_setting('server_encoding') AS enc",
          );
          expect(row).toEqual({ one: 1, db: 'unknot', addr: null, enc: 'UTF8' });
          const [listen] = await query<{ listen_addresses: string }>(db, 'SHOW listen_addresses');
          expect(listen?.listen_addresses).toBe('');
        } finally {
          await db.stop();
        }
        await db.stop(); // idempotent
        expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
        expect(logs).toEqual([]);
      });
    },
    TIMEOUT,
  );

  it(
    'keeps the data across a stop and a later start, which skips initdb',
    async () => {
      await withTempDir(async (_root, dataDir) => {
        const log = (): void => {};
        const first = await startEmbeddedPostgres({ dataDir, log });
        try {
          await query(first, 'CREATE TABLE kept (id int PRIMARY KEY, note text)');
          await query(first, 'INSERT INTO kept VALUES (1, $1)', ['Rückenschmerz ≥ 6 Wochen']);
        } finally {
          await first.stop();
        }
        const second = await startEmbeddedPostgres({ dataDir, log });
        try {
          expect(second.connection.password).toBe(first.connection.password);
          expect(await query(second, 'SELECT id, note FROM kept')).toEqual([
            { id: 1, note: 'Rückenschmerz ≥ 6 Wochen' },
          ]);
        } finally {
          await second.stop();
        }
      });
    },
    TIMEOUT,
  );

  it(
    'runs several servers at once in one process, one per data directory',
    async () => {
      await withTempDir(async (_root, dataDir) => {
        const log = (): void => {};
        const [a, b] = await Promise.all([
          startEmbeddedPostgres({ dataDir: path.join(dataDir, 'a'), log }),
          startEmbeddedPostgres({ dataDir: path.join(dataDir, 'b'), log }),
        ]);
        try {
          await query(a, 'CREATE TABLE only_in_a (x int)');
          expect(await query(b, "SELECT to_regclass('only_in_a') AS t")).toEqual([{ t: null }]);
          expect(a.connection.host).not.toBe(b.connection.host);
        } finally {
          await Promise.all([a.stop(), b.stop()]);
        }
      });
    },
    TIMEOUT,
  );

  it(
    'shuts down the server left running by a process killed with SIGKILL, then starts with the data intact',
    async () => {
      await withTempDir(async (root, dataDir) => {
        const script = path.join(root, 'holder.mts');
        fs.writeFileSync(
          script,
          [
            `import pg from ${JSON.stringify(pgModule)};`,
            `import { startEmbeddedPostgres } from ${JSON.stringify(embeddedModule)};`,
            'const db = await startEmbeddedPostgres({ dataDir: process.argv[2], log: () => {} });',
            'const client = new pg.Client(db.connection);',
            'await client.connect();',
            "await client.query('CREATE TABLE survivors (id int PRIMARY KEY)');",
            "await client.query('INSERT INTO survivors SELECT generate_series(1, 100)');",
            "process.stdout.write('READY\\n');",
            'setInterval(() => {}, 1000);',
          ].join('\n'),
        );
        const child = await spawnReady(script, [dataDir]);
        await kill(child, 'SIGKILL');
        const orphan = postmasterPid(dataDir);
        expect(isAlive(orphan)).toBe(true); // the gotcha this code exists for

        const logs: string[] = [];
        const db = await startEmbeddedPostgres({ dataDir, log: (m) => logs.push(m) });
        try {
          expect(isAlive(orphan)).toBe(false);
          expect(postmasterPid(dataDir)).not.toBe(orphan);
          expect(logs).toEqual([
            expect.stringMatching(
              /^Shut down a PostgreSQL server \(pid \d+\) left running on .* \(fast shutdown, \d+ ms\)\.$/,
            ),
          ]);
          expect(await query(db, 'SELECT count(*)::int AS n FROM survivors')).toEqual([{ n: 100 }]);
        } finally {
          await db.stop();
        }
      });
    },
    TIMEOUT,
  );

  // A server killed together with Node leaves postmaster.pid and the socket's lock file behind,
  // naming a pid that kill(pid, 0) still reaches for a while (a zombie that pid 1 has not reaped
  // yet), or later another program's pid. PostgreSQL alone refuses both.
  it.each([
    ['a zombie that its parent never reaps', 'had exited; its parent had not reaped it yet'],
    ['a running program that is not PostgreSQL (pid reuse)', 'now belongs to another program (sleep)'],
  ])(
    'removes the lock files of a dead server whose pid is now %s, and starts at once',
    async (kind, reason) => {
      requireLinux();
      await withTempDir(async (_root, dataDir) => {
        const log = (): void => {};
        const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
        const socketLock = path.join(dataDir, 'run', '.s.PGSQL.5432.lock');
        const first = await startEmbeddedPostgres({ dataDir, log });
        let texts: string[];
        try {
          await query(first, 'CREATE TABLE kept (id int PRIMARY KEY)');
          await query(first, 'INSERT INTO kept VALUES (1)');
          texts = [fs.readFileSync(pidFile, 'utf8'), fs.readFileSync(socketLock, 'utf8')];
        } finally {
          await first.stop();
        }

        const holder = kind.startsWith('a zombie') ? await spawnZombie() : await spawnSleeper();
        try {
          // The files as the dead server left them, but naming the holder's pid.
          for (const [file, text] of [
            [pidFile, texts[0]],
            [socketLock, texts[1]],
          ] as const) {
            fs.writeFileSync(file, text?.replace(/^\d+/, String(holder.pid)) ?? '');
          }
          const logs: string[] = [];
          const db = await startEmbeddedPostgres({ dataDir, log: (m) => logs.push(m) });
          try {
            expect(logs).toEqual([
              `Removed stale PostgreSQL lock files left by a server that ended with an earlier Unknot process: ${pidFile}, ${socketLock} (pid ${holder.pid} ${reason}).`,
            ]);
            expect(processState(holder.pid)).toBe(kind.startsWith('a zombie') ? 'zombie' : 'running');
            expect(postmasterPid(dataDir)).not.toBe(holder.pid);
            expect(await query(db, 'SELECT id FROM kept')).toEqual([{ id: 1 }]);
          } finally {
            await db.stop();
          }
        } finally {
          await holder.release();
        }
      });
    },
    TIMEOUT,
  );

  it(
    'fails with the last FATAL line when PostgreSQL cannot start, and can start again once fixed',
    async () => {
      await withTempDir(async (_root, dataDir) => {
        const log = (): void => {};
        await (await startEmbeddedPostgres({ dataDir, log })).stop();
        const conf = path.join(dataDir, 'pg', 'postgresql.conf');
        const original = fs.readFileSync(conf, 'utf8');
        fs.appendFileSync(conf, '\nshared_buffers = lots\n');

        const logs: string[] = [];
        const failure = startEmbeddedPostgres({ dataDir, log: (m) => logs.push(m) });
        await expect(failure).rejects.toThrow(
          /^Embedded PostgreSQL failed to start in .*\/pg \(last message: .*FATAL: .*configuration file .* contains errors\)/,
        );
        expect(logs.some((line) => line.includes('FATAL'))).toBe(true);

        fs.writeFileSync(conf, original);
        const db = await startEmbeddedPostgres({ dataDir, log });
        try {
          expect(await query(db, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
        } finally {
          await db.stop();
        }
      });
    },
    TIMEOUT,
  );

  it(
    'refuses a half-initialised cluster directory and a data directory path too long for a socket',
    async () => {
      await withTempDir(async (_root, dataDir) => {
        fs.mkdirSync(path.join(dataDir, 'pg'), { recursive: true });
        fs.writeFileSync(path.join(dataDir, 'pg', 'leftover'), '');
        await expect(startEmbeddedPostgres({ dataDir, log: () => {} })).rejects.toThrow(
          /is not empty but has no PG_VERSION file/,
        );
        await expect(
          startEmbeddedPostgres({ dataDir: path.join(dataDir, 'x'.repeat(100)), log: () => {} }),
        ).rejects.toThrow(/too long for PostgreSQL's Unix socket.*Set DATA_DIR to a shorter path/);
      });
    },
    TIMEOUT,
  );
  it(
    'as root, explains which parent folder the postgres user cannot enter (as anyone else, the owner starts there)',
    async () => {
      await withTempDir(async (root) => {
        const closed = path.join(root, 'closed');
        fs.mkdirSync(closed, { mode: 0o700 });
        const starting = startEmbeddedPostgres({ dataDir: path.join(closed, 'data'), log: () => {} });
        if (process.getuid?.() === 0) {
          // Root runs PostgreSQL as the postgres user, which cannot enter a folder only root may.
          await expect(starting).rejects.toThrow(`which cannot enter ${closed} (mode 700)`);
        } else {
          // Anyone else runs PostgreSQL as themselves, and may enter their own folder.
          await (await starting).stop();
        }
      });
    },
    TIMEOUT,
  );
});

describe('acquireDataDirLock', () => {
  it(
    'refuses a directory held by another live process, and takes it over once that process is gone',
    async () => {
      await withTempDir(async (root, dataDir) => {
        const script = path.join(root, 'lock-holder.mts');
        fs.writeFileSync(
          script,
          [
            `import { acquireDataDirLock } from ${JSON.stringify(lockModule)};`,
            'acquireDataDirLock(process.argv[2]);',
            "process.stdout.write('READY\\n');",
            'setInterval(() => {}, 1000);',
          ].join('\n'),
        );
        const child = await spawnReady(script, [dataDir]);
        try {
          const pid = child.process.pid;
          expect(() => acquireDataDirLock(dataDir)).toThrow(
            `Data directory ${dataDir} is already in use by another Unknot process (pid ${pid}). Stop that process, or set DATA_DIR to another folder.`,
          );
        } finally {
          await kill(child, 'SIGKILL');
        }
        // The holder died without releasing: its lock file is stale now.
        const lock = acquireDataDirLock(dataDir);
        expect(fs.readFileSync(path.join(dataDir, 'unknot.lock'), 'utf8').trim()).toBe(String(process.pid));
        lock.release();
        expect(fs.existsSync(path.join(dataDir, 'unknot.lock'))).toBe(false);
      });
    },
    TIMEOUT,
  );

  it(
    'replaces a stale lock file (dead pid, garbage, our own pid from an earlier process)',
    async () => {
      await withTempDir(async (_root, dataDir) => {
        const file = path.join(dataDir, 'unknot.lock');
        acquireDataDirLock(dataDir).release(); // creates the directory
        expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
        for (const stale of ['999999\n', 'not a pid', '', `${process.pid}\n`]) {
          fs.writeFileSync(file, stale);
          const lock = acquireDataDirLock(dataDir);
          expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
          lock.release();
          expect(fs.existsSync(file)).toBe(false);
        }
      });
    },
    TIMEOUT,
  );

  it(
    'takes over from a holder that was killed and is a zombie (its parent has not reaped it)',
    async () => {
      requireLinux();
      await withTempDir(async (_root, dataDir) => {
        const zombie = await spawnZombie();
        try {
          acquireDataDirLock(dataDir).release(); // creates the directory
          fs.writeFileSync(path.join(dataDir, 'unknot.lock'), `${zombie.pid}\n`);
          const lock = acquireDataDirLock(dataDir);
          expect(fs.readFileSync(path.join(dataDir, 'unknot.lock'), 'utf8')).toBe(`${process.pid}\n`);
          lock.release();
        } finally {
          await zombie.release();
        }
      });
    },
    TIMEOUT,
  );

  it(
    'is re-entrant in one process, and release leaves a file that another process took over',
    async () => {
      await withTempDir(async (_root, dataDir) => {
        const file = path.join(dataDir, 'unknot.lock');
        const first = acquireDataDirLock(dataDir);
        const second = acquireDataDirLock(dataDir);
        first.release();
        first.release();
        expect(fs.existsSync(file)).toBe(true);
        second.release();
        expect(fs.existsSync(file)).toBe(false);

        const third = acquireDataDirLock(dataDir);
        fs.writeFileSync(file, '999999\n'); // someone else's now
        third.release();
        expect(fs.readFileSync(file, 'utf8')).toBe('999999\n');
      });
    },
    TIMEOUT,
  );
});
