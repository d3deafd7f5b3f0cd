import net from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Availability,
  createAvailability,
  DatabaseUnavailableError,
  guardPool,
  isConnectionFailure,
  isDatabaseUnavailable,
} from './availability.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('which errors mean the database is not answering', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED')],
    ['a missing Unix socket', withCode('connect ENOENT /tmp/x/.s.PGSQL.5432', 'ENOENT')],
    ['a connection timeout', new Error('timeout exceeded when trying to connect')],
    ['a query timeout', new Error('Query read timeout')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['an administrator shutdown', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['a connection exception', withCode('connection failure', '08006')],
    ['our own refusal', new DatabaseUnavailableError('queue full')],
    [
      'a wrapped one (Drizzle)',
      Object.assign(new Error('Failed query: select 1'), { cause: new Error('Query read timeout') }),
    ],
    ['one of several (AggregateError)', new AggregateError([withCode('connect ECONNREFUSED ::1', 'ECONNREFUSED')])],
  ])('%s', (_, error) => {
    expect(isConnectionFailure(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a statement timeout is a 503 but does not mean the server is gone', () => {
    const error = withCode('canceling statement due to statement timeout', '57014');
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isConnectionFailure(error)).toBe(false);
  });

  it.each([
    ['a unique violation', withCode('duplicate key', '23505')],
    ['a syntax error', withCode('syntax error', '42601')],
    ['a bug', new TypeError('x is undefined')],
    ['not an error', 'text'],
  ])('%s is not', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('the breaker and the pool guard', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A TCP server that accepts and never answers, like a blackholed database. */
  async function blackhole(): Promise<number> {
    const sockets = new Set<net.Socket>();
    const server = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          server.close(() => resolve());
        }),
    );
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  function breaker(port: number): Availability {
    const availability = createAvailability({
      probeConfig: { host: '127.0.0.1', port, user: 'u', password: 'p', database: 'd' },
      log: () => undefined,
      intervalMs: 20,
    });
    cleanups.push(() => availability.stop());
    return availability;
  }

  it('stays open while the probe cannot connect, and refuses connections at once', async () => {
    const port = await blackhole();
    const availability = breaker(port);
    const pool = new pg.Pool({ host: '127.0.0.1', port, user: 'u', password: 'p', database: 'd' });
    cleanups.push(() => pool.end());
    guardPool(pool, availability);
    availability.noteError(new Error('Query read timeout'));
    expect(availability.isUp()).toBe(false);
    expect(availability.reason()).toBe('Query read timeout');
    const began = Date.now();
    await expect(pool.query('select 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - began).toBeLessThan(100);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(availability.isUp()).toBe(false);
  });

  it('refuses at once beyond the waiting limit, and times out those that wait', async () => {
    const port = await blackhole();
    const availability = breaker(port);
    const pool = new pg.Pool({
      host: '127.0.0.1',
      port,
      user: 'u',
      password: 'p',
      database: 'd',
      max: 1,
      connectionTimeoutMillis: 300,
    });
    pool.on('error', () => undefined);
    cleanups.push(() => pool.end().catch(() => undefined));
    guardPool(pool, availability, 2);
    const attempts = Array.from({ length: 5 }, () => {
      const began = Date.now();
      return pool.query('select 1').then(
        () => ({ ok: true, ms: Date.now() - began, refused: false }),
        (error: unknown) => ({ ok: false, ms: Date.now() - began, refused: error instanceof DatabaseUnavailableError }),
      );
    });
    const results = await Promise.all(attempts);
    expect(results.every((r) => !r.ok)).toBe(true);
    // One connecting, two waiting; the fourth and fifth are refused at once.
    expect(results.filter((r) => r.refused && r.ms < 100).length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(2_000);
    expect(availability.isUp()).toBe(false);
    expect(availability.isOverloaded()).toBe(true);
  });
});
