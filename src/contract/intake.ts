// Contract §1: the intake. Every problem is reported with its path; nothing is silently dropped
// (unknown fields are errors, not stripped).

import { z } from 'zod';
import type { Intake } from '#engine';
import { FINDING_CODES, SEXES } from '#knowledge';
import { closestCode } from './closest-code.ts';
import { type Problem, pathText } from './problems.ts';
import { type ParseResult, registerRawCheck, validate } from './validate.ts';

const whole = (min: number, max?: number) => {
  const range = max === undefined ? `${min} or more` : `between ${min} and ${max}`;
  const message = `must be a whole number ${range}`;
  const base = z
    .number({ error: (issue) => (issue.input === undefined ? 'is required' : message) })
    .int({ error: message })
    .min(min, { error: message });
  return max === undefined ? base : base.max(max, { error: message });
};

/** `unknown code "x"`, with the nearest known code when one is close. */
function unknownCodeMessage(input: string, codes: readonly string[] = FINDING_CODES): string {
  const suggestion = closestCode(input, codes);
  return `unknown code "${input}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
}

const findingCode = z.enum(FINDING_CODES, {
  error: (issue) => (typeof issue.input === 'string' ? unknownCodeMessage(issue.input) : 'must be a code (a string)'),
});
const codeList = z.array(findingCode, { error: 'must be a list of codes' });

export const IntakeSchema = z
  .strictObject(
    {
      age: whole(0, 120),
      sex: z.enum(SEXES, { error: 'must be "female", "male" or "other"' }).optional(),
      onsetDaysAgo: whole(0),
      painNow: whole(0, 10).optional(),
      previousEpisodes: whole(0).optional(),
      findings: codeList.default([]),
      unsure: codeList.default([]),
    },
    { error: 'an intake must be a JSON object' },
  )
  .describe('Answers to the Unknot check (assessment contract §1).');

export type IntakeInput = z.input<typeof IntakeSchema>;

/** Duplicates within a list and codes in both lists (checked on the raw input, so they are
 * reported together with every other problem). */
export function intakeListProblems(input: unknown, prefix: readonly PropertyKey[]): Problem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  const record = input as Record<string, unknown>;
  const problems: Problem[] = [];
  const strings = (key: string): string[] => {
    const list = record[key];
    return Array.isArray(list) ? list.map((v) => (typeof v === 'string' ? v : '')) : [];
  };
  const findings = strings('findings');
  for (const key of ['findings', 'unsure'] as const) {
    const seen = new Set<string>();
    strings(key).forEach((code, index) => {
      if (code === '') return;
      if (seen.has(code))
        problems.push({ path: pathText([...prefix, key, index]), message: `duplicate code "${code}"` });
      else if (key === 'unsure' && findings.includes(code)) {
        problems.push({ path: pathText([...prefix, key, index]), message: `"${code}" is in both findings and unsure` });
      }
      seen.add(code);
    });
  }
  return problems;
}

registerRawCheck(IntakeSchema, intakeListProblems);

export function parseIntake(input: unknown, prefix: readonly PropertyKey[] = []): ParseResult<Intake> {
  return validate(IntakeSchema, input, prefix);
}
