// One database engine, one driver: PostgreSQL through `pg`, either the private embedded server
// in DATA_DIR or the external server named by DATABASE_URL. Migrations run at open.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import * as schema from './schema.ts';

export type Db = NodePgDatabase<typeof schema>;

export type Database = {
  readonly db: Db;
  readonly pool: pg.Pool;
  readonly kind: 'embedded' | 'external';
  /** True when a query succeeds (for /api/ready). */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
};

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type OpenOptions = {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  readonly log: (message: string) => void;
  readonly migrationsFolder?: string;
  readonly poolSize?: number;
};

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: options.dataDir, log: options.log });
  const pool = new pg.Pool({
    ...(embedded ? embedded.connection : { connectionString: options.databaseUrl }),
    max: options.poolSize ?? 10,
    // A dropped connection is reported by the failing query; an idle client's error must not
    // crash the process.
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', (error) => options.log(`database connection error: ${error.message}`));
  const db = drizzle({ client: pool, schema });
  try {
    await migrate(db, { migrationsFolder: options.migrationsFolder ?? MIGRATIONS_DIR });
  } catch (error) {
    await pool.end().catch(() => undefined);
    await embedded?.stop();
    throw new Error(`Could not prepare the database: ${(error as Error).message}`);
  }
  let closed = false;
  return {
    db,
    pool,
    kind: embedded ? 'embedded' : 'external',
    async isReachable() {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
      await embedded?.stop();
    },
  };
}
