// `npm run bench`: how fast the engine assesses, on one core, over the public vignettes.
// Prints assessments per second (median of several runs), p50/p99 latency of one assessment,
// and ratios against a baseline measured in the same run (validating the same intakes), so the
// figures compare across machines. Not a test: nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIntake } from '#contract';
import { assess, type Intake } from '#engine';
import { fhirBundle } from '../src/server/export/fhir-bundle.ts';
import { reportPdf } from '../src/server/export/report.ts';
import { generateDiary } from '../src/server/test-support/diary-generator.ts';

const file = join(import.meta.dirname, '..', '..', 'shared', 'vignettes', 'public.json');
const vignettes = JSON.parse(readFileSync(file, 'utf8')) as { intake: unknown }[];
const intakes: Intake[] = vignettes.map((v) => {
  const parsed = parseIntake(v.intake);
  if (!parsed.ok) throw new Error(`invalid vignette intake: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
});

const RUNS = 7;
const ROUND_MS = 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function throughput(work: (intake: Intake) => unknown): number {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ROUND_MS) {
    for (const intake of intakes) work(intake);
    count += intakes.length;
  }
  return (count * 1000) / (performance.now() - start);
}

// Warm up the JIT before measuring.
for (let i = 0; i < 200; i++) for (const intake of intakes) assess(intake);

const assessRates: number[] = [];
const baselineRates: number[] = [];
for (let r = 0; r < RUNS; r++) {
  assessRates.push(throughput((i) => assess(i)));
  baselineRates.push(throughput((i) => parseIntake(i)));
}

const latencies: number[] = [];
for (let r = 0; r < 50; r++) {
  for (const intake of intakes) {
    const t = performance.now();
    assess(intake);
    latencies.push(performance.now() - t);
  }
}
latencies.sort((a, b) => a - b);

const rate = median(assessRates);
const baseline = median(baselineRates);
const p50 = quantile(latencies, 0.5);
const p99 = quantile(latencies, 0.99);
// One `./bin/unknot assess` of a single intake, process start included (target < 0.5 s), against a
// bare `node -e 0` start on the same machine.
const bin = join(import.meta.dirname, '..', 'bin', 'unknot');
const timeProcess = (cmd: string, args: string[], input: string): number => {
  const t = performance.now();
  const r = spawnSync(cmd, args, { input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return performance.now() - t;
};
const one = JSON.stringify(vignettes[0]?.intake);
timeProcess(bin, ['assess'], one); // builds the bundle if it is stale
const cli = median(Array.from({ length: 5 }, () => timeProcess(bin, ['assess'], one)));
const bare = median(Array.from({ length: 5 }, () => timeProcess(process.execPath, ['-e', '0'], '')));

// The exports (targets: the PDF of a year of diary < 1 s; the FHIR Bundle of ten years < 2 s),
// against writing the same data as plain JSON in the same run.
const timeOf = async (work: () => unknown) => {
  const t = performance.now();
  await work();
  return performance.now() - t;
};
const medianOf = async (n: number, work: () => unknown) => {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await timeOf(work));
  return median(times);
};
const generatedAt = new Date('2026-12-03T10:00:00Z');
const year = generateDiary({ start: '2025-12-04', days: 365 });
const decade = generateDiary({ start: '2016-12-04', days: 3650 });
await reportPdf(year, { generatedAt }); // parses the fonts once, as a running server has
const pdfMs = await medianOf(5, () => reportPdf(year, { generatedAt }));
const yearJsonMs = await medianOf(5, () => JSON.stringify(year));
const fhirMs = await medianOf(5, () =>
  JSON.stringify(fhirBundle(decade, { accountKey: 'bench', exportedAt: generatedAt })),
);
const decadeJsonMs = await medianOf(5, () => JSON.stringify(decade));

const lines = [
  `vignettes: ${intakes.length} intakes, ${RUNS} runs of ${ROUND_MS} ms, one core (single thread)`,
  `assess:           ${Math.round(rate).toLocaleString('en')} assessments/s (median; runs ${assessRates.map((x) => Math.round(x)).join(', ')})`,
  `baseline:         ${Math.round(baseline).toLocaleString('en')} intake validations/s (parseIntake, same intakes)`,
  `ratio:            assess costs ${(baseline / rate).toFixed(2)} × an intake validation`,
  `cli:              ./bin/unknot assess (one intake) ${cli.toFixed(0)} ms median of 5; bare node start ${bare.toFixed(0)} ms (ratio ${(cli / bare).toFixed(2)})`,
  `pdf report:       a year (${year.checkins.length} check-ins, ${year.episodes.length} episodes) ${pdfMs.toFixed(0)} ms median of 5 (target < 1000); ${(pdfMs / yearJsonMs).toFixed(0)} × writing that year as JSON (${yearJsonMs.toFixed(1)} ms)`,
  `fhir export:      ten years (${decade.checkins.length} check-ins, ${decade.episodes.length} episodes, ${decade.checks.length} checks) ${fhirMs.toFixed(0)} ms median of 5 (target < 2000); ${(fhirMs / decadeJsonMs).toFixed(1)} × writing them as JSON (${decadeJsonMs.toFixed(1)} ms)`,
  `latency per assessment: p50 ${(p50 * 1000).toFixed(1)} µs, p99 ${(p99 * 1000).toFixed(1)} µs (p99/p50 ${(p99 / p50).toFixed(2)})`,
];
process.stdout.write(`${lines.join('\n')}\n`);
