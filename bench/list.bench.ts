// `npm run bench:list`: the diary list at scale. One app, one database, two accounts: one with
// 44,000 episodes (years of a heavy diary), one with 50. GET /api/episodes (the first page, 20 rows,
// and a page after a cursor) is loaded with autocannon for each account in turn, in alternating
// rounds so that machine load falls on both alike, and the figures are reported as a ratio
// (acceptance: the large diary within 2 × the small one's throughput and p99). On the embedded
// PostgreSQL, and also on the external server named by TEST_DATABASE_URL or DATABASE_URL when set.
// Not a test: nothing here fails on time.
import type { FastifyInstance } from 'fastify';
import {
  autocannon,
  type Backend,
  embeddedBackend,
  externalBackend,
  failuresOf,
  signUp,
  startApp,
} from './support/http-bench.ts';

const LARGE = Number(process.env.BENCH_LIST_LARGE ?? 44_000);
const SMALL = 50;
const CONNECTIONS = 10;
const ROUND_S = Number(process.env.BENCH_LIST_SECONDS ?? 5);
const ROUNDS = 3;
const WARMUP_S = 2;
const BATCH = 2_000;

type Sample = { rate: number; p99: number; failures: string };
type Account = { label: string; cookie: string; rows: number };

async function load(url: string, cookie: string, duration: number): Promise<Sample> {
  const result = await autocannon({ url, headers: { cookie }, connections: CONNECTIONS, duration, workers: 1 });
  return { rate: result.requests.average, p99: result.latency.p99, failures: failuresOf(result) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function benchmark(backend: Backend): Promise<string[]> {
  const database = await backend.open();
  let app: FastifyInstance | undefined;
  try {
    const started = await startApp(database);
    app = started.app;
    const { base } = started;
    const large = await signUp(base, 'large-diary@example.com');
    const small = await signUp(base, 'small-diary@example.com');
    const fill = performance.now();
    // Realistic rows (locations, triggers, what was tried, a note), one every 3 hours going back,
    // in batches that stay well inside the pool's 2.5 s statement timeout.
    const insert = `insert into episodes (user_id, started_at, time_zone, local_date, intensity, locations, triggers, relief_tried, notes)
      select $1, timestamptz '2026-12-01' - make_interval(hours => n * 3), 'Europe/London',
             (timestamptz '2026-12-01' - make_interval(hours => n * 3))::date, n % 11,
             '{lower_back_centre,lower_back_left}', '{heavy_lifting}',
             '[{"method":"heat","helped":2},{"method":"walking","helped":1}]', 'Lifting boxes at work'
      from generate_series($2::int, $3::int) n`;
    for (let from = 1; from <= LARGE; from += BATCH)
      await database.pool.query(insert, [large.userId, from, Math.min(LARGE, from + BATCH - 1)]);
    await database.pool.query(insert, [small.userId, 1, SMALL]);
    await database.pool.query('analyze episodes');
    const fillS = (performance.now() - fill) / 1000;

    const accounts: Account[] = [
      { label: `${LARGE.toLocaleString('en')} episodes`, cookie: large.cookie, rows: LARGE },
      { label: `${SMALL} episodes`, cookie: small.cookie, rows: SMALL },
    ];
    const lines = [
      `${backend.label}: ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_S} s per account and page after a ${WARMUP_S} s warm-up (filled in ${fillS.toFixed(1)} s)`,
    ];
    for (const page of ['first page (limit 20)', 'page after a cursor (limit 20)']) {
      const urls = new Map<Account, string>();
      for (const account of accounts) {
        let url = `${base}/api/episodes`;
        if (page.startsWith('page after')) {
          const first = await fetch(url, { headers: { cookie: account.cookie } });
          const { nextCursor } = (await first.json()) as { nextCursor?: string | null };
          if (nextCursor) url += `?cursor=${encodeURIComponent(nextCursor)}`;
        }
        urls.set(account, url);
        await load(url, account.cookie, WARMUP_S);
      }
      const samples = new Map<Account, Sample[]>(accounts.map((a) => [a, []]));
      for (let r = 0; r < ROUNDS; r++)
        for (const account of accounts)
          samples.get(account)?.push(await load(urls.get(account) ?? '', account.cookie, ROUND_S));
      const summary = accounts.map((account) => {
        const s = samples.get(account) ?? [];
        const failures = s
          .map((x) => x.failures)
          .filter(Boolean)
          .join('; ');
        return { account, rate: median(s.map((x) => x.rate)), p99: median(s.map((x) => x.p99)), failures };
      });
      lines.push(`  GET /api/episodes, ${page}:`);
      for (const x of summary)
        lines.push(
          `    ${x.account.label.padEnd(16)} ${Math.round(x.rate).toLocaleString('en').padStart(6)} req/s   p99 ${x.p99.toFixed(1).padStart(5)} ms${x.failures ? `   FAILURES: ${x.failures}` : ''}`,
        );
      const [big, tiny] = summary;
      if (big && tiny) {
        const slower = tiny.rate / big.rate;
        const p99 = big.p99 / Math.max(tiny.p99, 0.001);
        const met = slower <= 2 && p99 <= 2 ? 'met' : 'NOT met';
        lines.push(
          `    ratio large/small: throughput ${(big.rate / tiny.rate).toFixed(2)}, p99 ${p99.toFixed(2)} (within 2 ×: ${met})`,
        );
      }
    }
    return lines;
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
