import { describe, expect, it } from 'vitest';
import { assess } from '#engine';
import { AssessmentSchema, parseIntake } from './index.ts';

const problems = (input: unknown) => {
  const r = parseIntake(input);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('parseIntake (contract §1)', () => {
  it('accepts a minimal and a full intake, defaulting the lists', () => {
    expect(parseIntake({ age: 34, onsetDaysAgo: 2 })).toEqual({
      ok: true,
      value: { age: 34, onsetDaysAgo: 2, findings: [], unsure: [] },
    });
    const full = {
      age: 34,
      sex: 'female',
      onsetDaysAgo: 2,
      painNow: 6,
      previousEpisodes: 1,
      findings: ['heavy_lifting'],
      unsure: ['saddle_numbness'],
    };
    expect(parseIntake(full)).toEqual({ ok: true, value: full });
  });

  it('treats 34.0 as 34 but rejects 34.5', () => {
    expect(parseIntake(JSON.parse('{"age":34.0,"onsetDaysAgo":1}')).ok).toBe(true);
    expect(problems({ age: 34.5, onsetDaysAgo: 1 })).toEqual(['age: must be a whole number between 0 and 120']);
  });

  it('reports every problem at once, each with its path', () => {
    expect(
      problems({
        age: 121,
        onsetDaysAgo: -1,
        painNow: '5',
        sex: 'x',
        extra: true,
        findings: ['heavy_lifting', 'nope', 'heavy_lifting', 7],
        unsure: ['heavy_lifting'],
      }).sort(),
    ).toEqual(
      [
        'age: must be a whole number between 0 and 120',
        'onsetDaysAgo: must be a whole number 0 or more',
        'painNow: must be a whole number between 0 and 10',
        'sex: must be "female", "male" or "other"',
        'extra: unknown field',
        'findings[1]: unknown code "nope"',
        'findings[3]: must be a code (a string)',
        'findings[2]: duplicate code "heavy_lifting"',
        'unsure[0]: "heavy_lifting" is in both findings and unsure',
      ].sort(),
    );
  });

  it('suggests the nearest known code for a misspelt one, and nothing for a code far from all', () => {
    expect(
      problems({ age: 30, onsetDaysAgo: 1, findings: ['saddle_numbnes', 'fevr'], unsure: ['Heavy-Lifting'] }),
    ).toEqual([
      'findings[0]: unknown code "saddle_numbnes" (did you mean "saddle_numbness"?)',
      'findings[1]: unknown code "fevr" (did you mean "fever"?)',
      'unsure[0]: unknown code "Heavy-Lifting" (did you mean "heavy_lifting"?)',
    ]);
    expect(problems({ age: 30, onsetDaysAgo: 1, findings: ['back_ache', 'x'] })).toEqual([
      'findings[0]: unknown code "back_ache"',
      'findings[1]: unknown code "x"',
    ]);
  });

  it('reports missing required fields and non-objects', () => {
    expect(problems({})).toEqual(['age: is required', 'onsetDaysAgo: is required']);
    expect(problems([1])).toEqual(['(input): an intake must be a JSON object']);
    expect(problems(null)).toEqual(['(input): an intake must be a JSON object']);
    expect(problems({ age: 3, onsetDaysAgo: 1, findings: 'fever' })).toEqual(['findings: must be a list of codes']);
  });

  it('prefixes batch paths with the index', () => {
    const r = parseIntake({ age: 'x', onsetDaysAgo: 1 }, [3]);
    expect(r.ok ? [] : r.problems).toEqual([{ path: '[3].age', message: 'must be a whole number between 0 and 120' }]);
  });
});

describe('AssessmentSchema (contract §3)', () => {
  it('accepts what the engine produces', () => {
    const a = assess({
      age: 40,
      onsetDaysAgo: 2,
      findings: ['heavy_lifting', 'leg_pain_below_knee'],
      unsure: ['fever'],
    });
    expect(AssessmentSchema.safeParse(a).success).toBe(true);
  });
});
