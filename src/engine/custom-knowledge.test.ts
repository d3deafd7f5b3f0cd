// The engine reads everything from the knowledge it is given. These tests give it altered
// catalogues to check it copes with content the shipped catalogue does not (yet) contain, and
// that it fails loudly, not silently, when the catalogue is inconsistent.

import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, type Knowledge } from '#knowledge';
import { assess } from './assess.ts';

const intake = { age: 40, onsetDaysAgo: 3, painNow: 4 };
const withK = (patch: Partial<Knowledge>): Knowledge => ({ ...KNOWLEDGE, ...patch });

describe('assess with altered knowledge', () => {
  it('accepts an intake without findings or unsure lists', () => {
    expect(assess(intake).disposition).toBe('self_care');
  });

  it('falls back to the code when a finding has no question label', () => {
    const a = assess({ ...intake, findings: ['fever'], unsure: ['chest_pain'] }, withK({ questions: [] }));
    expect(a.reasons.map((r) => r.text).join(' ')).toMatch(/You said yes to: fever\./);
    expect(a.reasons.map((r) => r.text).join(' ')).toMatch(/not sure about: chest pain\./);
  });

  it('describes a rule on earlier episodes in plain words', () => {
    const rule = {
      id: 'rule/test-recurrent',
      level: 'see_doctor',
      when: { fact: 'previousEpisodes', op: 'gte', value: 5 },
      flags: [],
      reason: 'Test rule.',
      sources: ['nice-ng59'],
      evidence: 'unverified',
    } as const;
    const a = assess({ ...intake, previousEpisodes: 6 }, withK({ dispositionRules: [rule] }));
    expect(a.disposition).toBe('see_doctor');
    expect(a.reasons[0]?.text).toMatch(/earlier episodes \(6\)/);
  });

  it('explains a contraindication with the sentence the knowledge gives it', () => {
    const ruledOut = { code: 'poor_circulation' as const, why: 'your circulation is poor' };
    const medicines = KNOWLEDGE.medicines.map((m) =>
      m.id === KNOWLEDGE.planPolicy.nsaidMedicine ? { ...m, contraindications: [ruledOut] } : m,
    );
    const a = assess({ ...intake, findings: ['poor_circulation'] }, withK({ medicines }));
    expect(a.avoid.find((x) => x.code === 'nsaid_oral')?.why).toMatch(/because your circulation is poor\./);
  });

  it('reports a fallback cause without supporting findings as possible', () => {
    const causes = KNOWLEDGE.causes.map((c) => (c.defining ? c : { ...c, supporting: undefined }));
    const stripped = causes.map(({ supporting, ...c }) => (supporting ? { ...c, supporting } : c));
    const a = assess({ ...intake, findings: ['tight_knot'] }, withK({ causes: stripped }));
    expect(a.causes).toMatchObject([{ code: 'muscle_spasm_nonspecific', strength: 'possible', findings: [] }]);
  });

  it('uses a one-week review and no see-doctor day when the catalogue has no such rules', () => {
    const a = assess(intake, withK({ followUpRules: [] }));
    expect(a.followUp).toMatchObject({ reviewInDays: 7, seeDoctorIfNotBetterByDay: null, notes: [] });
  });

  it.each([
    ['a plan item', { planItems: [] }],
    ['an avoid item', { avoidItems: [] }],
    ['the NSAID note', { medicines: [] }],
  ] as const)('throws, naming the gap, when %s is missing', (_what, patch) => {
    expect(() => assess(intake, withK(patch))).toThrow(/No (plan item|avoid item|medicine note)/);
  });

  it('throws when a rule names a red-flag condition the catalogue lacks', () => {
    expect(() => assess({ ...intake, findings: ['fever'] }, withK({ redFlagConditions: [] }))).toThrow(
      /Unknown red-flag condition spinal_infection/,
    );
  });
});
