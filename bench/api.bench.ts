// `npm run bench:api`: how fast the API writes a diary entry, on a real PostgreSQL over loopback.
// For each backend (embedded in a temporary directory; external in a fresh database on the server
// named by TEST_DATABASE_URL or DATABASE_URL, when set) it starts the app in this process, signs
// up one user, and loads three routes with autocannon (10 connections, 10 s each, after a 2 s
// warm-up; the load runs in a worker thread, off the server's event loop):
//   real    POST /api/episodes, signed in: session lookup, validation, insert, response
//   noop    GET /api/health: the cost of HTTP and Fastify alone
//   bare    POST /bench/bare-insert (registered here only): the same row through a bare
//           parameterised INSERT on the pool, no auth and no validation: the database's own cost
// and prints requests/s, p50 and p99 latency, the ratio real/bare and the targets (real ≥ 0.5 ×
// bare, p99 of real < 20 ms). Not a test: nothing here passes or fails.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/server/db/client.ts';
import { localDateOf } from '../src/server/db/diary-repo.ts';
import { episodeBody } from '../src/server/test-support/test-app.ts';
import {
  type AutocannonOptions,
  autocannon,
  type Backend,
  embeddedBackend,
  externalBackend,
  failuresOf,
  ORIGIN,
  signUp,
  startApp,
} from './support/http-bench.ts';

const CONNECTIONS = 10;
const DURATION_S = 10;
const WARMUP_S = 2;
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 20;

/** POST /bench/bare-insert: the episode row through a bare parameterised INSERT on the pool. */
function bareInsertRoute(database: Database) {
  const episode = episodeBody();
  const startedAt = new Date(episode.startedAt);
  const values = [
    startedAt,
    episode.timeZone,
    localDateOf(startedAt, episode.timeZone),
    episode.intensity,
    episode.locations,
    episode.triggers,
    JSON.stringify(episode.reliefTried),
    episode.notes,
  ];
  return (app: FastifyInstance) => {
    app.post<{ Querystring: { user?: string } }>('/bench/bare-insert', async (request, reply) => {
      const { rows } = await database.pool.query<{ id: string }>(
        `INSERT INTO episodes (user_id, started_at, time_zone, local_date, intensity, locations, triggers, relief_tried, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [request.query.user ?? '', ...values],
      );
      return reply.code(201).send({ id: rows[0]?.id });
    });
  };
}

type Measured = { label: string; rate: number; p50: number; p99: number; failures: string };

async function measure(label: string, options: Omit<AutocannonOptions, 'connections' | 'duration'>) {
  const result = await autocannon({
    ...options,
    connections: CONNECTIONS,
    duration: DURATION_S,
    workers: 1,
    warmup: { connections: CONNECTIONS, duration: WARMUP_S },
  });
  return {
    label,
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: failuresOf(result),
  };
}

const row = (m: Measured) =>
  `  ${m.label.padEnd(38)} ${Math.round(m.rate).toLocaleString('en').padStart(7)} req/s   p50 ${m.p50.toFixed(1).padStart(5)} ms   p99 ${m.p99.toFixed(1).padStart(5)} ms${m.failures ? `   FAILURES: ${m.failures}` : ''}`;

async function benchmark(backend: Backend): Promise<string[]> {
  const database = await backend.open();
  let app: FastifyInstance | undefined;
  try {
    const started = await startApp(database, bareInsertRoute(database));
    app = started.app;
    const { base } = started;
    const { cookie, userId } = await signUp(base, 'bench@example.com');
    const json = { 'content-type': 'application/json' };
    const body = JSON.stringify(episodeBody());

    const real = await measure('real   POST /api/episodes (signed in)', {
      url: `${base}/api/episodes`,
      method: 'POST',
      headers: { ...json, origin: ORIGIN, cookie },
      body,
    });
    const noop = await measure('noop   GET /api/health', { url: `${base}/api/health`, method: 'GET' });
    const bare = await measure('bare   POST /bench/bare-insert', {
      url: `${base}/bench/bare-insert?user=${encodeURIComponent(userId)}`,
      method: 'POST',
      headers: json,
      body,
    });
    const n = (await database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM episodes')).rows[0]?.n ?? 0;

    const ratio = real.rate / bare.rate;
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    return [
      `${backend.label}: ${CONNECTIONS} connections, ${DURATION_S} s per route after a ${WARMUP_S} s warm-up (${n.toLocaleString('en')} episodes written)`,
      row(real),
      row(noop),
      row(bare),
      `  real/bare throughput ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}: ${met(ratio >= TARGET_RATIO)}); real p99 ${real.p99.toFixed(1)} ms (target < ${TARGET_P99_MS} ms: ${met(real.p99 < TARGET_P99_MS)})`,
    ];
  } finally {
    await app?.close();
    await database.close();
    await backend.dispose();
  }
}

const externalUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
process.stdout.write(`Node ${process.version}; the app and autocannon (in a worker thread) run in one process\n`);
for (const make of [async () => embeddedBackend(), ...(externalUrl ? [() => externalBackend(externalUrl)] : [])]) {
  process.stdout.write(`${(await benchmark(await make())).join('\n')}\n`);
}
