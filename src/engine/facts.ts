// Facts: an intake reduced to what the rules read. Derived values (contract §1) live here.
import { FINDING_IMPLICATIONS, type FindingCode, type NumericFact, type Sex } from '#knowledge';
import type { Intake } from './types.ts';

export type Facts = {
  readonly findings: ReadonlySet<FindingCode>;
  readonly numbers: Readonly<Record<NumericFact, number | undefined>> & {
    readonly age: number;
    readonly onsetDaysAgo: number;
    readonly ageAtOnset: number;
  };
  readonly sex: Sex | undefined;
};

const DAYS_PER_YEAR = 365.25;

/** Facts from an intake, with `extra` findings counted as yes (e.g. unsure codes), and what they imply. */
export function factsFrom(intake: Intake, extra: Iterable<FindingCode> = []): Facts {
  const findings = new Set<FindingCode>(intake.findings ?? []);
  for (const code of extra) findings.add(code);
  // Contract §1 (v2): e.g. a pregnancy warning sign is read as `pregnant` too.
  for (const rule of FINDING_IMPLICATIONS) if (rule.from.some((c) => findings.has(c))) findings.add(rule.implies);
  return {
    findings,
    numbers: {
      age: intake.age,
      onsetDaysAgo: intake.onsetDaysAgo,
      painNow: intake.painNow,
      previousEpisodes: intake.previousEpisodes,
      ageAtOnset: intake.age - intake.onsetDaysAgo / DAYS_PER_YEAR,
    },
    sex: intake.sex,
  };
}
