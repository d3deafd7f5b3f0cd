// Whether the database answers, and the time limits that keep a request from waiting on one that
// does not (issue 10, items 5 and 6). A stopped, killed, refusing or blackholed PostgreSQL must
// cost a request at most a few seconds, never an unbounded wait:
//
// - every connection attempt gives up after CONNECT_TIMEOUT_MS, every query after QUERY_TIMEOUT_MS
//   (the client's own timer, for a server that cannot even cancel), and the server cancels a
//   statement after STATEMENT_TIMEOUT_MS;
// - a client whose query timed out is closed, so the pool never hands out a stuck connection;
// - at most MAX_WAITING requests wait for a connection; more are refused at once;
// - the first failure that means "the database is not answering" opens a breaker: until a probe
//   (a fresh connection running `select 1` every PROBE_INTERVAL_MS) succeeds, requests that need
//   the database are refused at once with DatabaseUnavailableError (a 503 with Retry-After).
import pg from 'pg';

export const CONNECT_TIMEOUT_MS = 2_000;
export const QUERY_TIMEOUT_MS = 3_000;
export const STATEMENT_TIMEOUT_MS = 2_500;
/** A transaction left open (a client that went away mid-way) is ended by the server after this. */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 10_000;
export const MAX_WAITING = 32;
export const PROBE_INTERVAL_MS = 250;
/** How long after a refusal for a full queue a 500 is still taken to be the database's doing. */
export const OVERLOAD_MEMORY_MS = 1_000;
/** What Retry-After tells a client while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/** Thrown instead of waiting when the database is known to be down or the pool's queue is full. */
export class DatabaseUnavailableError extends Error {
  constructor(reason: string) {
    super(`The database is unavailable: ${reason}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Connection-level SQLSTATEs: class 08, shutdown and start-up (57P01-57P03), too many clients. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOENT',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
const UNAVAILABLE_MESSAGE =
  /^(Query read timeout|timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end)/;
/** 57014 query_canceled: the statement timeout fired; the server is alive but too slow. */
const SLOW_SQLSTATE = '57014';

/** The error and what it wraps (Drizzle's DrizzleQueryError.cause, AggregateError.errors). */
function* chain(error: unknown, depth = 0): Generator<unknown> {
  if (depth > 5 || error === null || typeof error !== 'object') return;
  yield error;
  yield* chain(Reflect.get(error, 'cause'), depth + 1);
  const inner: unknown = Reflect.get(error, 'errors');
  if (Array.isArray(inner)) for (const e of inner) yield* chain(e, depth + 1);
}

/** True when the error means the database is not answering (a reason to open the breaker). */
export function isConnectionFailure(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code: unknown = Reflect.get(e as object, 'code');
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    if (e instanceof Error && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/** True when a request failed because of the database, not because of the request: a 503. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (isConnectionFailure(error)) return true;
  for (const e of chain(error)) if (Reflect.get(e as object, 'code') === SLOW_SQLSTATE) return true;
  return false;
}

export type Availability = {
  /** False while the breaker is open. */
  readonly isUp: () => boolean;
  /** Why it is down, for logs and problem details. */
  readonly reason: () => string | undefined;
  /** Open the breaker (idempotent) and probe until the database answers again. */
  readonly markDown: (reason: string) => void;
  /** Record a failed query or connection: opens the breaker when it means the database is gone. */
  readonly noteError: (error: unknown) => void;
  /** Note that a request was refused because too many already wait for a connection. */
  readonly noteOverload: () => void;
  /** True for OVERLOAD_MEMORY_MS after a refusal for a full queue. */
  readonly isOverloaded: () => boolean;
  /** Stop probing (at close). */
  readonly stop: () => void;
};

export type AvailabilityOptions = {
  /** Connection settings for the probe: the pool's own. */
  readonly probeConfig: pg.ClientConfig;
  readonly log: (message: string) => void;
  readonly intervalMs?: number;
};

export function createAvailability(options: AvailabilityOptions): Availability {
  const intervalMs = options.intervalMs ?? PROBE_INTERVAL_MS;
  let down: { reason: string; since: number } | undefined;
  let overloadedAt = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const probe = async (): Promise<boolean> => {
    const client = new pg.Client({
      ...options.probeConfig,
      connectionTimeoutMillis: Math.min(CONNECT_TIMEOUT_MS, 1_000),
      query_timeout: 1_000,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      client.end().catch(() => undefined);
    }
  };

  const schedule = (): void => {
    if (stopped || timer) return;
    timer = setTimeout(async () => {
      const ok = await probe();
      timer = undefined;
      if (stopped || !down) return;
      if (ok) {
        options.log(`The database answers again (after ${Date.now() - down.since} ms; it was ${down.reason}).`);
        down = undefined;
      } else schedule();
    }, intervalMs);
    timer.unref();
  };

  const markDown = (reason: string): void => {
    if (stopped) return;
    if (!down) {
      down = { reason, since: Date.now() };
      options.log(`The database is unavailable (${reason}); answering 503 until it answers again.`);
    }
    schedule();
  };

  return {
    isUp: () => down === undefined,
    reason: () => down?.reason,
    markDown,
    noteError(error) {
      if (!isConnectionFailure(error) || error instanceof DatabaseUnavailableError) return;
      markDown(error instanceof Error ? error.message : String(error));
    },
    noteOverload() {
      overloadedAt = Date.now();
    },
    isOverloaded: () => Date.now() - overloadedAt < OVERLOAD_MEMORY_MS,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/**
 * A pg client class that reports every failed query to `noteError` and closes itself when a query
 * times out: the server may still be working on that query (or be stopped), so the connection
 * cannot be reused. Later queries on it then fail at once (Drizzle's ROLLBACK after a failed
 * statement, for instance), and the pool drops it on release.
 */
export function guardedClientClass(noteError: (error: unknown) => void): typeof pg.Client {
  return class GuardedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      // An error on a checked-out client reaches its query; without a listener it would crash Node.
      this.on('error', () => undefined);
    }

    override query(...args: unknown[]): never {
      const last = args.at(-1);
      if (typeof last === 'function') {
        args[args.length - 1] = (error: unknown, result: unknown) => {
          this.failed(error);
          Reflect.apply(last, undefined, [error, result]);
        };
        return Reflect.apply(pg.Client.prototype.query, this, args) as never;
      }
      const result: unknown = Reflect.apply(pg.Client.prototype.query, this, args);
      if (result instanceof Promise) {
        return result.catch((error: unknown) => {
          this.failed(error);
          throw error;
        }) as never;
      }
      return result as never;
    }

    private failed(error: unknown): void {
      if (!error) return;
      noteError(error);
      if (!(error instanceof Error) || error.message !== 'Query read timeout') return;
      this.end().catch(() => undefined);
      const stream: unknown = Reflect.get(Reflect.get(this, 'connection') ?? {}, 'stream');
      if (stream && typeof stream === 'object' && 'destroy' in stream && typeof stream.destroy === 'function') {
        stream.destroy();
      }
    }
  };
}

type ConnectCallback = (error: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void;

/**
 * Guards a pool: refuses a connection at once while the breaker is open or MAX_WAITING requests
 * already wait, and reports every failed connection to the breaker. pg-pool's own query() goes
 * through connect(), so this covers pool.query, Drizzle and better-auth alike.
 */
export function guardPool(pool: pg.Pool, availability: Availability, maxWaiting = MAX_WAITING): void {
  const connect = pool.connect.bind(pool) as (callback: ConnectCallback) => void;
  const guarded = (callback?: ConnectCallback): Promise<pg.PoolClient> | undefined => {
    let refusal: DatabaseUnavailableError | undefined;
    if (!availability.isUp()) refusal = new DatabaseUnavailableError(availability.reason() ?? 'not answering');
    else if (pool.waitingCount >= maxWaiting) {
      availability.noteOverload();
      refusal = new DatabaseUnavailableError(`${pool.waitingCount} requests already wait for a connection`);
    }
    const run = (done: ConnectCallback): void => {
      if (refusal) {
        process.nextTick(() => done(refusal));
        return;
      }
      connect((error, client, release) => {
        if (error) availability.noteError(error);
        done(error, client, release);
      });
    };
    if (callback) {
      run(callback);
      return undefined;
    }
    return new Promise((resolve, reject) => {
      run((error, client) => (error || !client ? reject(error) : resolve(client)));
    });
  };
  pool.connect = guarded as typeof pool.connect;
}
