// The soak's short CI version (the full one is `npm run bench:soak`, 30 minutes): one minute of
// mixed traffic (soak-traffic.ts: sign-up and sign-in, anonymous and saved checks, diary reads and
// writes, check-ins, PEG, CSV, FHIR and PDF exports) against a spawned `unknot serve`, on the
// embedded PostgreSQL and, with TEST_DATABASE_URL, on the external server. No 5xx, every error
// problem+json, every request answered, and memory not growing without bound: the Node process's
// RSS at the end below twice its RSS after the first 10 s (tolerant on purpose: a minute shows a
// leak only if it is large; the 30-minute bench is where slow growth shows).
import { afterEach, describe, expect, it } from 'vitest';
import { runSoak, type SoakDatabase } from './test-support/soak-server.ts';
import { killSpawned } from './test-support/spawned-server.ts';
import { EXTERNAL_OFF, testDatabaseUrl } from './test-support/test-database.ts';

const MINUTES = 1;
const SAMPLE_EVERY_MS = 10_000;

// The external server is TEST_DATABASE_URL: unset, the test fails saying how to set it;
// `off` leaves it out.
const databases: [string, () => SoakDatabase][] = [
  ['embedded', () => ({ kind: 'embedded' })],
  ...(process.env.TEST_DATABASE_URL === EXTERNAL_OFF
    ? []
    : [
        ['external', (): SoakDatabase => ({ kind: 'external', url: testDatabaseUrl() ?? '' })] as [
          string,
          () => SoakDatabase,
        ],
      ]),
];

// Whatever happens (a failed or timed-out test), the server and its PostgreSQL do not stay running.
afterEach(killSpawned);

describe.each(databases)('soak on the %s PostgreSQL', (_label, database) => {
  it(
    `answers ${MINUTES} min of mixed traffic with no 5xx, problem+json errors and bounded memory`,
    async () => {
      const summary = await runSoak({
        database: database(),
        minutes: MINUTES,
        users: 4,
        sampleEveryMs: SAMPLE_EVERY_MS,
      });
      const { traffic, rss } = summary;
      const context = JSON.stringify(
        { errors: traffic.errorSamples, routes: traffic.routes, stderr: summary.serverStderr.slice(-2000) },
        null,
        2,
      );
      expect(traffic.requests, context).toBeGreaterThan(100);
      expect(traffic.serverErrors, context).toBe(0);
      expect(traffic.notProblemJson, context).toEqual([]);
      expect(traffic.networkErrors, context).toEqual([]);
      // Every kind of request was made and answered 2xx at least once.
      for (const [route, figures] of Object.entries(traffic.routes)) {
        const ok = Object.entries(figures.statuses).some(([status]) => status.startsWith('2'));
        expect(ok, `${route}: ${JSON.stringify(figures.statuses)}`).toBe(true);
      }
      expect(Object.keys(traffic.routes).length).toBeGreaterThanOrEqual(15);
      const warm = rss.find((s) => s.atS >= SAMPLE_EVERY_MS / 1000) ?? rss[0];
      const last = rss.at(-1);
      expect(warm?.nodeKb ?? 0).toBeGreaterThan(0);
      expect(last?.nodeKb ?? 0, JSON.stringify(rss)).toBeLessThan(2 * (warm?.nodeKb ?? 0));
    },
    (MINUTES * 60 + 240) * 1000,
  );
});
