// Every list query the API runs reads its page from an index: no sequential scan, and never more
// rows than the page (no reading and sorting all the person's rows, no filtering every row newer
// than a cursor). Proof by EXPLAIN ANALYZE on tables with enough rows (many people, many rows
// each) after ANALYZE, never by switching the planner's options off. The queries are the
// ones the routes actually send, captured from the pool while requests go through inject().
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinBody, TestClient, testApp } from '../test-support/test-app.ts';
import { backends, type TestDatabase } from '../test-support/test-database.ts';

const PEOPLE = 100;
const EPISODES_EACH = 300;
const CHECKINS_EACH = 100;
const CHECKS_EACH = 150;
const PEGS_EACH = 150;

type Captured = { text: string; values: unknown[] };
type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Actual Rows'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
};

/** The SQL the routes send while `run` goes, as it reaches the pool. */
async function captured(t: TestDatabase, run: () => Promise<void>): Promise<Captured[]> {
  const pool = t.database.pool as unknown as { query: (...args: unknown[]) => unknown };
  const original = pool.query;
  const seen: Captured[] = [];
  pool.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof first === 'string' ? first : first.text;
    seen.push({ text, values: second ?? (typeof first === 'string' ? [] : (first.values ?? [])) });
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    pool.query = original;
  }
  return seen;
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

/** The plan as run (EXPLAIN ANALYZE), flattened. */
async function explain(t: TestDatabase, query: Captured): Promise<PlanNode[]> {
  const { rows } = await t.database.pool.query(`explain (analyze, format json) ${query.text}`, query.values);
  return nodes((rows[0]['QUERY PLAN'] as [{ Plan: PlanNode }])[0].Plan);
}

/** How many rows the query's conditions match (its WHERE without ORDER BY and LIMIT). */
async function rowsMatched(t: TestDatabase, query: Captured): Promise<number> {
  const where = query.text.slice(query.text.indexOf(' from '), query.text.search(/ order by /i));
  const used = Math.max(0, ...[...where.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  const { rows } = await t.database.pool.query(`select count(*)::int as n ${where}`, query.values.slice(0, used));
  return rows[0].n as number;
}

/** Rows a table scan fetched: those it passed on and those it threw away. */
const rowsRead = (n: PlanNode): number =>
  (n['Actual Rows'] ?? 0) + (n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Index Recheck'] ?? 0);

const isList = (q: Captured) => /\border by\b/i.test(q.text) && /\blimit\b/i.test(q.text);

for (const backend of backends()) {
  describe(`list queries on the ${backend.label} PostgreSQL`, () => {
    let t: TestDatabase;
    let app: FastifyInstance;
    let me: TestClient;

    beforeAll(async () => {
      // Filling the tables takes single statements of several seconds on a busy machine: more than
      // a request may take (db/availability.ts), so the limits are raised here.
      t = await backend.make({ timeouts: { queryMs: 120_000, statementMs: 120_000 } });
      app = await testApp(t.database);
      me = await new TestClient(app).signUp('lists@example.com');
      const pool = t.database.pool;
      await pool.query(
        `insert into "user" (id, name, email)
       select 'person-' || n, 'P' || n, 'p' || n || '@example.com' from generate_series(1, $1) n`,
        [PEOPLE],
      );
      const owners = `select id from "user"`;
      await pool.query(
        `insert into episodes (user_id, started_at, time_zone, local_date, intensity)
       select u.id, timestamptz '2026-01-01' + make_interval(hours => n * 7), 'UTC', date '2026-01-01' + n / 4, n % 11
       from (${owners}) u, generate_series(1, $1) n`,
        [EPISODES_EACH],
      );
      await pool.query(
        `insert into checkins (user_id, date, time_zone, pain_average, interference_activity, interference_sleep, getting_better)
       select u.id, date '2026-01-01' + n, 'UTC', n % 11, n % 11, n % 11, n % 2 = 0
       from (${owners}) u, generate_series(1, $1) n`,
        [CHECKINS_EACH],
      );
      await pool.query(
        `insert into assessments (user_id, created_at, completed_at, intake, assessment, disposition, knowledge_version)
       select u.id, timestamptz '2026-01-01' + make_interval(hours => n * 5), timestamptz '2026-01-01' + make_interval(hours => n * 5),
              '{"age":40,"onsetDaysAgo":2}', '{}', 'self_care', 'test'
       from (${owners}) u, generate_series(1, $1) n`,
        [CHECKS_EACH],
      );
      await pool.query(
        `insert into pegs (user_id, date, time_zone, pain, enjoyment, activity, created_at)
       select u.id, date '2026-01-01' + n * 7, 'UTC', n % 11, n % 11, n % 11, timestamptz '2026-01-01' + make_interval(days => n * 7)
       from (${owners}) u, generate_series(1, $1) n`,
        [PEGS_EACH],
      );
      await pool.query('analyze');
    }, 180_000);
    afterAll(async () => {
      await app?.close();
      await t?.dispose();
    });

    it('read each page from an index, never more rows than the page, for every list the API serves', async () => {
      // The lists the web app asks for (src/web/diary, src/web/trends), and the escalation's reads.
      const lists = await captured(t, async () => {
        await me.request('GET', '/api/episodes?limit=20');
        await me.request('GET', '/api/episodes?limit=100&from=2026-02-01T00:00:00Z');
        await me.request('GET', '/api/episodes?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z');
        await me.request('GET', '/api/checkins?limit=30');
        await me.request('GET', '/api/checkins?limit=30&to=2026-03-01');
        await me.request('GET', '/api/checkins?from=2026-02-01&limit=366');
        await me.request('GET', '/api/checkins?from=2026-02-01&to=2026-02-01&limit=1');
        await me.request('GET', '/api/assessments?limit=5');
        await me.request('GET', '/api/peg');
        await me.request('GET', '/api/peg?from=2026-06-01');
        // A check-in's escalation reads the earlier check-ins and the saved checks before it.
        expect((await me.request('PUT', '/api/checkins/2026-06-01', checkinBody())).statusCode).toBe(201);
      });
      // Pages after a cursor, with the person's own rows in place.
      for (let i = 0; i < 3; i++) {
        await me.request('POST', '/api/episodes', {
          startedAt: `2026-02-0${i + 1}T08:00:00Z`,
          timeZone: 'UTC',
          intensity: 3,
        });
        await me.request('POST', '/api/assessments', { age: 40, onsetDaysAgo: 2 });
      }
      const pages = await captured(t, async () => {
        const e = (await me.request('GET', '/api/episodes?limit=1')).json() as { nextCursor: string };
        await me.request('GET', `/api/episodes?limit=1&cursor=${e.nextCursor}`);
        const a = (await me.request('GET', '/api/assessments?limit=1')).json() as { nextCursor: string };
        await me.request('GET', `/api/assessments?limit=1&cursor=${a.nextCursor}`);
      });

      const queries = [...lists, ...pages].filter(isList);
      const tables = new Set<string>();
      for (const query of queries) {
        const plan = await explain(t, query);
        const shape = plan
          .map((n) => `${n['Node Type']}${n['Index Name'] ? ` on ${n['Index Name']}` : ''}`)
          .join(' → ');
        const scans = plan.filter((n) => n['Index Name'] !== undefined);
        const conditions = scans.map((n) => n['Index Cond'] ?? '').join(' ');
        const limit = Number(query.values[Number(/limit \$(\d+)/i.exec(query.text)?.[1]) - 1]);
        const read = plan.filter((n) => n['Relation Name'] !== undefined).reduce((sum, n) => sum + rowsRead(n), 0);
        const matched = await rowsMatched(t, query);
        const bounded = /"\w+"\."\w+" (>=|<=|<) \$\d+/.test(query.text);
        const why = `${query.text}\n${shape}\n${conditions}\nread ${read} rows for a limit of ${limit}; ${matched} match`;
        expect(shape, why).not.toMatch(/Seq Scan/);
        expect(conditions, why).toMatch(/user_id = /);
        // The page is read from the index: never more rows than the page asks for — not all of the
        // person's rows to sort them, and after a cursor not every newer row to filter them out. A
        // range the request names (from, to, before a day) may instead be read whole when the
        // planner finds that cheaper, but never rows outside it.
        expect(read, why).toBeLessThanOrEqual(bounded ? Math.max(limit, matched) : limit);
        for (const scan of scans) if (scan['Relation Name']) tables.add(scan['Relation Name']);
        if (pages.includes(query) && /\) < \(/.test(query.text)) expect(conditions, why).toMatch(/ROW\(/);
      }
      expect(pages.filter(isList).filter((q) => /\) < \(/.test(q.text))).toHaveLength(2);
      expect([...tables].sort()).toEqual(['assessments', 'checkins', 'episodes', 'pegs']);
    });
  });
}
