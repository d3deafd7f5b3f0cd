// One database engine, one driver: PostgreSQL through `pg`, either the private embedded server
// in DATA_DIR or the external server named by DATABASE_URL. Migrations run at open.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import {
  type Availability,
  CONNECT_TIMEOUT_MS,
  createAvailability,
  guardedClientClass,
  guardPool,
  IDLE_IN_TRANSACTION_TIMEOUT_MS,
  QUERY_TIMEOUT_MS,
  STATEMENT_TIMEOUT_MS,
} from './availability.ts';
import { superviseEmbedded } from './embedded-supervisor.ts';
import * as schema from './schema.ts';

export type Db = NodePgDatabase<typeof schema>;

export type Database = {
  readonly db: Db;
  readonly pool: pg.Pool;
  readonly kind: 'embedded' | 'external';
  /** How to connect (for a component with its own connections, such as the reminder queue). */
  readonly connection: pg.ClientConfig;
  /** Whether the database answers; while it does not, requests get 503 at once (availability.ts). */
  readonly availability: Availability;
  /** True when `select 1` succeeds within READY_TIMEOUT_MS (for /api/ready). */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
};

/** The advisory lock (pg_advisory_lock) held while one server migrates: the bytes of "unk:migr". */
const MIGRATION_LOCK_KEY = '8461818648563640178';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type OpenOptions = {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  readonly log: (message: string) => void;
  readonly migrationsFolder?: string;
  readonly poolSize?: number;
  /** The request-time limits (availability.ts); a test that fills tables in bulk may raise them. */
  readonly timeouts?: Partial<DatabaseTimeouts>;
};

export type DatabaseTimeouts = { connectMs: number; queryMs: number; statementMs: number };

/** /api/ready answers within this, whatever the database does. */
export const READY_TIMEOUT_MS = 1_000;

export async function openDatabase(options: OpenOptions): Promise<Database> {
  // The embedded server is supervised: restarted when it dies, with 503s meanwhile.
  let onDown = (_reason: string): void => undefined;
  const embedded = options.databaseUrl
    ? undefined
    : await superviseEmbedded({ dataDir: options.dataDir, log: options.log, onDown: (reason) => onDown(reason) });
  const target: pg.ClientConfig = embedded ? embedded.connection : { connectionString: options.databaseUrl };
  const availability = createAvailability({ probeConfig: target, log: options.log });
  onDown = availability.markDown;
  const queryMs = options.timeouts?.queryMs ?? QUERY_TIMEOUT_MS;
  const pool = new pg.Pool({
    ...target,
    Client: guardedClientClass(availability.noteError),
    max: options.poolSize ?? 10,
    // A dropped connection is reported by the failing query; an idle client's error must not
    // crash the process.
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: options.timeouts?.connectMs ?? CONNECT_TIMEOUT_MS,
    query_timeout: queryMs,
    statement_timeout: options.timeouts?.statementMs ?? Math.min(STATEMENT_TIMEOUT_MS, queryMs),
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
  });
  pool.on('error', (error) => {
    options.log(`database connection error: ${error.message}`);
    availability.noteError(error);
  });
  guardPool(pool, availability);
  const db = drizzle({ client: pool, schema });
  // Migrations may take longer than a request's statement: they get a pool without those limits.
  const migrationPool = new pg.Pool({ ...target, max: 1, connectionTimeoutMillis: 30_000 });
  migrationPool.on('error', () => undefined);
  // Several app servers may start at once on one database: the first to take the lock migrates,
  // the others wait for it and then find nothing left to do. The lock ends with its session.
  const migrationLock = new pg.Client({ ...target, connectionTimeoutMillis: 30_000 });
  migrationLock.on('error', () => undefined);
  try {
    await migrationLock.connect();
    await migrationLock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate(drizzle({ client: migrationPool, schema }), {
      migrationsFolder: options.migrationsFolder ?? MIGRATIONS_DIR,
    });
  } catch (error) {
    availability.stop();
    await pool.end().catch(() => undefined);
    await embedded?.stop();
    throw new Error(`Could not prepare the database: ${(error as Error).message}`);
  } finally {
    await migrationPool.end().catch(() => undefined);
    await migrationLock.end().catch(() => undefined);
  }
  let closed = false;
  return {
    db,
    pool,
    kind: embedded ? 'embedded' : 'external',
    connection: target,
    availability,
    async isReachable() {
      if (closed || !availability.isUp()) return false;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
      });
      const answered = pool.query('select 1').then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([answered, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      availability.stop();
      await pool.end();
      await embedded?.stop();
    },
  };
}
