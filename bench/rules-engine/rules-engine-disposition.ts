// Contract §4's disposition, unsure answers included, decided by json-rules-engine over
// disposition-rule-set.ts: an independent second implementation for the agreement check and the
// throughput comparison (bench/rules-engine.bench.ts). It shares no code with src/engine.
//
// Unsure answers (§4, v2): B is the level of the findings plus the unsure cauda-equina codes; W the
// level with every unsure code moved into the findings at once (the worst case). If W is more
// urgent than B the disposition is one level below W, never below see_doctor and never below B.
import type { Almanac } from 'json-rules-engine';
import { Engine } from 'json-rules-engine';
import { CAUDA_EQUINA, DISPOSITION_RULE_SET, MALIGNANCY_FEATURES, NG65_FINDINGS } from './disposition-rule-set.ts';

export type Level = 'self_care' | 'see_doctor' | 'urgent' | 'emergency';
const LEVELS: readonly Level[] = ['self_care', 'see_doctor', 'urgent', 'emergency'];
const rank = (level: Level) => LEVELS.indexOf(level);

/** The intake fields §4 reads (contract §1). */
export type IntakeFacts = {
  readonly age: number;
  readonly onsetDaysAgo: number;
  readonly painNow?: number | undefined;
  readonly findings?: readonly string[] | undefined;
  readonly unsure?: readonly string[] | undefined;
};

const countOf = (codes: readonly string[]) => async (_params: unknown, almanac: Almanac) => {
  const findings = await almanac.factValue<string[]>('findings');
  return codes.filter((c) => findings.includes(c)).length;
};

/** A json-rules-engine with the rule set and the two derived counts it reads. */
export function dispositionEngine(): Engine {
  const engine = new Engine([...DISPOSITION_RULE_SET], { allowUndefinedFacts: true });
  engine.addFact('malignancyFeatureCount', countOf(MALIGNANCY_FEATURES));
  const ng65Findings = countOf(NG65_FINDINGS);
  engine.addFact('ng65CriteriaCount', async (params: unknown, almanac: Almanac) => {
    const ageAtOnset = await almanac.factValue<number>('ageAtOnset');
    return (await ng65Findings(params, almanac)) + (ageAtOnset < 35 ? 1 : 0);
  });
  return engine;
}

/** The most urgent level the rule set gives for these findings (self_care when none holds). */
async function levelOf(engine: Engine, intake: IntakeFacts, findings: readonly string[]): Promise<Level> {
  const codes = new Set(findings);
  // §1 (v2): either pregnancy sign is read as `pregnant` too.
  if (codes.has('pregnancy_warning_signs') || codes.has('pregnancy_bleeding_or_severe_pain')) codes.add('pregnant');
  const { events } = await engine.run({
    findings: [...codes],
    age: intake.age,
    onsetDaysAgo: intake.onsetDaysAgo,
    painNow: intake.painNow,
    ageAtOnset: intake.age - intake.onsetDaysAgo / 365.25,
  });
  let level: Level = 'self_care';
  for (const event of events) if (rank(event.type as Level) > rank(level)) level = event.type as Level;
  return level;
}

export async function rulesEngineDisposition(engine: Engine, intake: IntakeFacts): Promise<Level> {
  const findings = intake.findings ?? [];
  const unsure = intake.unsure ?? [];
  const unsureCaudaEquina = unsure.filter((c) => CAUDA_EQUINA.includes(c));
  const b = await levelOf(engine, intake, [...findings, ...unsureCaudaEquina]);
  // No other unsure answer: W is B.
  if (unsureCaudaEquina.length === unsure.length) return b;
  const w = await levelOf(engine, intake, [...findings, ...unsure]);
  if (rank(w) <= rank(b)) return b;
  const oneBelowW: Level = w === 'emergency' ? 'urgent' : 'see_doctor';
  return rank(oneBelowW) > rank(b) ? oneBelowW : b;
}
