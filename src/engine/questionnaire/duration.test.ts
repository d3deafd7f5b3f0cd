import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DURATION_CHOICES,
  type DurationChoice,
  QUESTIONNAIRE_KNOWLEDGE,
  type QuestionnaireKnowledge,
  type Sex,
} from '#knowledge';
import { findingCode } from '../../test-support/arbitraries.ts';
import { exactQuestion, needsExactDays, onsetDays } from './duration.ts';
import { type Answer, intakeFromAnswers, nextQuestions, questionApplies, questionsApplying } from './next-questions.ts';

const choice = (id: string): DurationChoice => {
  const c = DURATION_CHOICES.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};
const k = QUESTIONNAIRE_KNOWLEDGE;

describe('duration choices', () => {
  it('needs the exact figure only where a threshold falls inside the range', () => {
    expect(needsExactDays(choice('yesterday'), 40, k)).toBe(false);
    expect(needsExactDays(choice('days'), 40, k)).toBe(false);
    expect(needsExactDays(choice('weeks'), 40, k)).toBe(true); // day 28
    expect(needsExactDays(choice('months'), 40, k)).toBe(true); // days 42, 84, 90
    expect(needsExactDays(choice('longer'), 30, k)).toBe(true); // open-ended: always
    const months = {
      ...choice('months'),
      exact: { ...(choice('months').exact as NonNullable<DurationChoice['exact']>) },
    };
    expect(needsExactDays({ ...months, min: 100, max: 1000 }, 30, k)).toBe(false);
    expect(needsExactDays({ ...months, min: 100, max: 1000 }, 46, k)).toBe(true); // began before or after 45
  });

  it('reads every comparison form, in rules and in what is asked', () => {
    const rule = (op: 'lt' | 'lte' | 'gt' | 'gte', value: number): QuestionnaireKnowledge => ({
      ...k,
      dispositionRules: [
        {
          ...(k.dispositionRules[0] as QuestionnaireKnowledge['dispositionRules'][number]),
          when: { fact: 'onsetDaysAgo', op, value },
        },
      ],
      safetyNets: [],
      questionGroups: [],
      questions: [],
    });
    const weeks = choice('weeks'); // 7–34
    expect(needsExactDays(weeks, 40, rule('lte', 20))).toBe(true);
    expect(needsExactDays(weeks, 40, rule('lte', 40))).toBe(false);
    expect(needsExactDays(weeks, 40, rule('gt', 20))).toBe(true);
    expect(needsExactDays(weeks, 40, rule('lt', 7))).toBe(false);
    expect(needsExactDays(weeks, 40, rule('gte', 7))).toBe(false);
    const none: QuestionnaireKnowledge = {
      ...k,
      dispositionRules: [],
      safetyNets: [],
      questionGroups: [],
      questions: [],
    };
    expect(needsExactDays(weeks, 40, none)).toBe(false);
  });

  it('has no exact question for a single-day choice', () => {
    expect(exactQuestion(choice('today'))).toBeNull();
    expect(exactQuestion(choice('months'))).toMatchObject({ field: 'onsetExact', min: 5, max: 13, unit: 'weeks' });
  });

  it('turns a choice into days: exact and clamped, provisional, or the longest', () => {
    expect(onsetDays(choice('weeks'), 40, 40, k)).toBe(34);
    expect(onsetDays(choice('weeks'), undefined, 40, k)).toBe(7);
    expect(onsetDays(choice('days'), undefined, 40, k)).toBe(6);
    expect(onsetDays(choice('today'), 5, 40, k)).toBe(0);
  });
});

describe('intakeFromAnswers without a duration question', () => {
  it('asks the exact length before the age is known, reading the age as 30', () => {
    const early = Object.fromEntries(
      k.questions.flatMap((q) => (q.kind === 'finding' && q.group === 'emergency' ? [[q.code, 'no']] : [])),
    );
    const step = nextQuestions({ onsetChoice: 'weeks', responses: early });
    expect(step.status === 'ask' && step.questions.map((q) => (q.kind === 'finding' ? q.code : q.field))).toContain(
      'onsetExact',
    );
  });

  it('reads the length as today when the knowledge asks no duration choice', () => {
    const noChoice: QuestionnaireKnowledge = { ...k, questions: k.questions.filter((q) => q.kind !== 'choice') };
    expect(intakeFromAnswers({ onsetChoice: 'weeks' }, noChoice).onsetDaysAgo).toBe(0);
  });
});

describe('questionApplies', () => {
  it('drops pregnancy for a man and medicine-only codes once care is urgent', () => {
    const pregnant = k.questions.find((q) => q.kind === 'finding' && q.code === 'pregnant');
    const kidney = k.questions.find((q) => q.kind === 'finding' && q.code === 'kidney_disease');
    const age = k.questions.find((q) => q.kind === 'number' && q.field === 'age');
    if (!pregnant || !kidney || !age) throw new Error('questions missing');
    expect(questionApplies(pregnant, {})).toBe(true);
    expect(questionApplies(pregnant, { sex: 'male' })).toBe(false);
    expect(questionApplies(kidney, { responses: { fever: 'yes' } })).toBe(false);
    expect(questionApplies(age, { responses: { fever: 'yes' } })).toBe(true);
  });
});

describe('questionsApplying', () => {
  it('agrees with questionApplies for every question over random answers', () => {
    const answer = fc.constantFrom<Answer>('yes', 'no', 'unsure');
    const answers = fc.record({
      age: fc.option(fc.integer({ min: 18, max: 100 }), { nil: undefined }),
      sex: fc.option(fc.constantFrom('female', 'male', 'other') as fc.Arbitrary<Sex>, { nil: undefined }),
      responses: fc.dictionary(findingCode, answer, { maxKeys: 12 }),
    });
    fc.assert(
      fc.property(answers, (a) => {
        const applies = questionsApplying(a);
        for (const q of k.questions) expect(applies(q)).toBe(questionApplies(q, a));
      }),
      { numRuns: 500 },
    );
  });
});
