// fast-check arbitraries built from the knowledge base's own code lists, so that property tests
// explore every code the contract defines (STYLE §4.8).

import fc from 'fast-check';
import type { Intake } from '#engine';
import { FINDING_CODES, type FindingCode, SEXES } from '#knowledge';

export const findingCode = fc.constantFrom(...FINDING_CODES);

/** Small answer sets, as real people give: a handful of yes and not-sure answers. */
export const intakeArb: fc.Arbitrary<Intake> = fc
  .record({
    age: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(15, 16, 49, 50, 54, 55, 59, 60, 64, 65, 69, 70)),
    sex: fc.option(fc.constantFrom(...SEXES), { nil: undefined }),
    onsetDaysAgo: fc.oneof(
      fc.integer({ min: 0, max: 400 }),
      fc.constantFrom(6, 7, 27, 28, 41, 42, 84, 85, 90, 91, 1461, 36_500),
    ),
    painNow: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    previousEpisodes: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    codes: fc.uniqueArray(findingCode, { maxLength: 8 }),
    unsureCount: fc.nat({ max: 3 }),
  })
  .map(({ codes, unsureCount, ...rest }) => {
    const unsure = codes.slice(0, Math.min(unsureCount, codes.length));
    return { ...rest, findings: codes.slice(unsure.length), unsure };
  });

export const withFinding = (intake: Intake, code: FindingCode): Intake => ({
  ...intake,
  findings: [...new Set([...(intake.findings ?? []), code])],
  unsure: (intake.unsure ?? []).filter((c) => c !== code),
});

export const withUnsure = (intake: Intake, code: FindingCode): Intake => ({
  ...intake,
  findings: (intake.findings ?? []).filter((c) => c !== code),
  unsure: [...new Set([...(intake.unsure ?? []), code])],
});

export const withNo = (intake: Intake, code: FindingCode): Intake => ({
  ...intake,
  findings: (intake.findings ?? []).filter((c) => c !== code),
  unsure: (intake.unsure ?? []).filter((c) => c !== code),
});

/** The property-test run count the issue asks for. */
export const RUNS = 10_000;
