// Facts: an intake reduced to what the rules read. Derived values (contract §1) live here.
import type { FindingCode, NumericFact, Sex } from '#knowledge';
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

/** Facts from an intake, with `extra` findings counted as yes (e.g. unsure codes). */
export function factsFrom(intake: Intake, extra: Iterable<FindingCode> = []): Facts {
  const findings = new Set<FindingCode>(intake.findings ?? []);
  for (const code of extra) findings.add(code);
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
