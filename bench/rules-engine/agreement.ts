// Does the json-rules-engine rule set give assess()'s disposition? Shared by the benchmark
// (bench/rules-engine.bench.ts) and its kept test (agreement.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from 'json-rules-engine';
import { parseIntake } from '#contract';
import { assess, type Intake } from '#engine';
import { rulesEngineDisposition } from './rules-engine-disposition.ts';

/** The public vignettes' intakes (../shared/vignettes/public.json), validated as the API would. */
export function vignetteIntakes(): Intake[] {
  const file = join(import.meta.dirname, '..', '..', '..', 'shared', 'vignettes', 'public.json');
  const vignettes = JSON.parse(readFileSync(file, 'utf8')) as { intake: unknown }[];
  return vignettes.map((v) => {
    const parsed = parseIntake(v.intake);
    if (!parsed.ok) throw new Error(`invalid vignette intake: ${JSON.stringify(parsed.problems)}`);
    return parsed.value;
  });
}

export type Disagreement = { intake: Intake; assess: string; rulesEngine: string };

export async function disagreementOf(engine: Engine, intake: Intake): Promise<Disagreement | undefined> {
  const expected = assess(intake).disposition;
  const actual = await rulesEngineDisposition(engine, intake);
  return expected === actual ? undefined : { intake, assess: expected, rulesEngine: actual };
}

export async function disagreements(engine: Engine, intakes: readonly Intake[]): Promise<Disagreement[]> {
  const out: Disagreement[] = [];
  for (const intake of intakes) {
    const d = await disagreementOf(engine, intake);
    if (d) out.push(d);
  }
  return out;
}
