// `npm run bench:rules`: contract §4's disposition rules written a second time as a
// json-rules-engine rule set (bench/rules-engine/), checked against assess() and then timed.
//
// 1. Agreement first: the rule set must give assess()'s disposition on every public vignette and on
//    10,000 random intakes (the property tests' arbitrary, fixed seed; unsure answers included).
//    Any disagreement is printed and the process exits 1 before anything is timed.
// 2. Throughput, on one core, over the vignette intakes and 1,000 of the random ones, as ratios
//    measured in the same run: assess() (the whole assessment), decideDisposition() (the engine's
//    disposition alone: B, W and each unsure code) and json-rules-engine (B and W). Median of
//    several rounds. Not a test: nothing here passes or fails on time.
import fc from 'fast-check';
import { assess, type Intake } from '#engine';
import { CORE_KNOWLEDGE } from '#knowledge';
import { decideDisposition } from '../src/engine/triage/decide-disposition.ts';
import { intakeArb } from '../src/test-support/arbitraries.ts';
import { disagreements, vignetteIntakes } from './rules-engine/agreement.ts';
import { dispositionEngine, rulesEngineDisposition } from './rules-engine/rules-engine-disposition.ts';

const RANDOM = Number(process.env.BENCH_RULES_RANDOM ?? 10_000);
const SEED = 20261203;
const ROUNDS = 5;
const ROUND_MS = 1000;

const engine = dispositionEngine();
const vignettes = vignetteIntakes();
const random = fc.sample(intakeArb, { numRuns: RANDOM, seed: SEED });

const checkStart = performance.now();
const wrong = [...(await disagreements(engine, vignettes)), ...(await disagreements(engine, random))];
const checkS = (performance.now() - checkStart) / 1000;
if (wrong.length > 0) {
  process.stdout.write(`${wrong.length} disagreement(s) between assess() and the json-rules-engine rule set:\n`);
  for (const d of wrong.slice(0, 50))
    process.stdout.write(`  assess ${d.assess}, json-rules-engine ${d.rulesEngine}: ${JSON.stringify(d.intake)}\n`);
  process.exit(1);
}

const intakes: Intake[] = [...vignettes, ...random.slice(0, 1000)];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function throughput(work: (intake: Intake) => unknown): Promise<number> {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ROUND_MS) {
    for (const intake of intakes) await work(intake);
    count += intakes.length;
  }
  return (count * 1000) / (performance.now() - start);
}

const subjects = {
  assess: (i: Intake) => assess(i),
  decideDisposition: (i: Intake) => decideDisposition(i, CORE_KNOWLEDGE),
  jsonRulesEngine: (i: Intake) => rulesEngineDisposition(engine, i),
};
// Warm up the JIT, then interleave the rounds so machine load falls on all three alike.
for (const work of Object.values(subjects)) for (let i = 0; i < 3; i++) for (const x of intakes) await work(x);
const rates = { assess: [] as number[], decideDisposition: [] as number[], jsonRulesEngine: [] as number[] };
for (let r = 0; r < ROUNDS; r++)
  for (const [name, work] of Object.entries(subjects)) rates[name as keyof typeof rates].push(await throughput(work));

const a = median(rates.assess);
const d = median(rates.decideDisposition);
const j = median(rates.jsonRulesEngine);
const fmt = (x: number) => Math.round(x).toLocaleString('en').padStart(9);
process.stdout.write(
  `${[
    `agreement: ${vignettes.length} vignettes and ${RANDOM.toLocaleString('en')} random intakes (seed ${SEED}): 0 disagreements (${checkS.toFixed(1)} s)`,
    `throughput over ${intakes.length} intakes, ${ROUNDS} rounds of ${ROUND_MS} ms each, one core (median):`,
    `  assess()             ${fmt(a)} intakes/s (whole assessment: triage, red flags, causes, plan, reasons)`,
    `  decideDisposition()  ${fmt(d)} intakes/s (the disposition alone, as the rule set decides it)`,
    `  json-rules-engine    ${fmt(j)} intakes/s (disposition only)`,
    `ratios: assess()/json-rules-engine ${(a / j).toFixed(2)}; decideDisposition()/json-rules-engine ${(d / j).toFixed(2)}`,
  ].join('\n')}\n`,
);
