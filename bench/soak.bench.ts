// `npm run bench:soak`: mixed traffic against a spawned `unknot serve` for a while (default 30
// minutes), reporting p99 per route, the count of 5xx (must be 0), error responses that are not
// problem+json (must be none) and the server's memory every 10 s: VmRSS of the Node process and,
// summed, of its descendants (the embedded PostgreSQL). A JSON summary goes to artifacts/.
//
//   npm run bench:soak                                 30 min, embedded PostgreSQL
//   npm run bench:soak -- --minutes=5                  (or SOAK_MINUTES=5)
//   npm run bench:soak -- --database=external          DATABASE_URL (or TEST_DATABASE_URL) names the
//                                                      server; a fresh database is made and dropped
//   npm run bench:soak -- --users=6                    signed-in virtual users (plus one anonymous)
//
// Exits 1 when a 5xx, a non-problem+json error or a request without an answer was seen. Latencies
// are reported, never judged: they depend on the machine (see docs/operations.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSoak, type SoakDatabase } from '../src/server/test-support/soak-server.ts';

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const minutes = Number(arg('minutes') ?? process.env.SOAK_MINUTES ?? 30);
const users = Number(arg('users') ?? process.env.SOAK_USERS ?? 6);
const kind = arg('database') ?? process.env.SOAK_DATABASE ?? 'embedded';
const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
if (!(minutes > 0) || !(users > 0) || (kind !== 'embedded' && kind !== 'external')) {
  process.stderr.write('usage: bench/soak.bench.ts [--minutes=30] [--users=6] [--database=embedded|external]\n');
  process.exit(2);
}
if (kind === 'external' && !url) {
  process.stderr.write('--database=external needs DATABASE_URL (or TEST_DATABASE_URL)\n');
  process.exit(2);
}
const database: SoakDatabase = kind === 'external' && url ? { kind: 'external', url } : { kind: 'embedded' };

const out = (line: string) => process.stdout.write(`${line}\n`);
out(
  `soak: ${minutes} min, ${users} signed-in users + 1 anonymous, ${database.kind} PostgreSQL, Node ${process.version}`,
);
const summary = await runSoak({ database, minutes, users, log: out });
const { traffic, rss } = summary;

out(
  `\nserver ready in ${summary.startupMs} ms; ${traffic.requests.toLocaleString('en')} requests in ${(traffic.durationMs / 1000).toFixed(0)} s (${Math.round(traffic.requests / (traffic.durationMs / 1000))} req/s), ${traffic.accounts} accounts`,
);
out(
  `${'route'.padEnd(40)} ${'count'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  statuses`,
);
for (const [route, f] of Object.entries(traffic.routes)) {
  const statuses = Object.entries(f.statuses)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  out(
    `${route.padEnd(40)} ${String(f.count).padStart(7)} ${f.p50Ms.toFixed(1).padStart(8)} ${f.p99Ms.toFixed(1).padStart(8)} ${f.maxMs.toFixed(0).padStart(8)}  ${statuses}`,
  );
}
const first = rss[1] ?? rss[0];
const last = rss.at(-1);
const mb = (kb = 0) => `${(kb / 1024).toFixed(0)} MB`;
const peak = (key: 'nodeKb' | 'childrenKb' | 'childrenPssKb') => Math.max(...rss.map((s) => s[key]));
out(
  `RSS node: after warm-up ${mb(first?.nodeKb)}, last ${mb(last?.nodeKb)}, peak ${mb(peak('nodeKb'))} (last/warm-up ${((last?.nodeKb ?? 0) / Math.max(1, first?.nodeKb ?? 0)).toFixed(2)})`,
);
out(
  `RSS children: after warm-up ${mb(first?.childrenKb)}, last ${mb(last?.childrenKb)}, peak ${mb(peak('childrenKb'))}; PSS after warm-up ${mb(first?.childrenPssKb)}, last ${mb(last?.childrenPssKb)}`,
);
out(
  `5xx: ${traffic.serverErrors}; errors not problem+json: ${traffic.notProblemJsonCount}; no answer: ${traffic.networkErrorCount}`,
);
for (const line of [...traffic.notProblemJson, ...traffic.networkErrors, ...traffic.errorSamples]) out(`  ${line}`);

const artifacts = join(import.meta.dirname, '..', 'artifacts');
mkdirSync(artifacts, { recursive: true });
const file = join(artifacts, `soak-${database.kind}-${summary.startedAt.replace(/[:.]/g, '-')}.json`);
const { serverStderr, ...json } = summary;
writeFileSync(file, `${JSON.stringify({ ...json, serverStderrTail: serverStderr.slice(-4000) }, null, 2)}\n`);
out(`summary: ${file}`);
if (traffic.serverErrors > 0 || traffic.notProblemJsonCount > 0 || traffic.networkErrorCount > 0) process.exit(1);
