import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '#knowledge';
import { assess } from '../assess.ts';
import { type Answers, intakeFromAnswers, nextQuestions } from './next-questions.ts';

const codesOf = (answers: Answers) => {
  const step = nextQuestions(answers);
  if (step.status !== 'ask') throw new Error(`expected questions, got ${step.status}`);
  return { group: step.group.id, codes: step.questions.map((q) => (q.kind === 'finding' ? q.code : q.field)), step };
};
const allNo = (answers: Answers, codes: readonly string[]): Answers => ({
  ...answers,
  responses: { ...answers.responses, ...Object.fromEntries(codes.map((c) => [c, 'no'])) },
});

/** Answers every question no (numbers as given), returning the codes asked, in order. */
const askedWhenAnsweringNo = (answers: Answers): string[] => {
  const asked: string[] = [];
  let current = answers;
  for (let i = 0; i < 20; i++) {
    const step = nextQuestions(current);
    if (step.status !== 'ask') return asked;
    const codes = step.questions.flatMap((q) => (q.kind === 'finding' ? [q.code] : []));
    asked.push(...codes);
    current = allNo(current, codes);
  }
  return asked;
};

describe('nextQuestions', () => {
  it('asks the emergency questions first, all together', () => {
    const { group, codes, step } = codesOf({});
    expect(group).toBe('emergency');
    expect(codes).toContain('saddle_numbness');
    expect(step.status === 'ask' && step.progress.step).toBe(1);
  });

  it('stops at the first emergency answer', () => {
    expect(nextQuestions({ responses: { saddle_numbness: 'yes' } }).status).toBe('emergency');
    expect(nextQuestions({ responses: { bowel_control_or_sensation_change: 'unsure' } }).status).toBe('emergency');
  });

  it('does not guess age: loin-to-groin pain waits for the age before deciding', () => {
    const emergency = allNo({}, codesOf({}).codes);
    const answers: Answers = { responses: { ...emergency.responses, loin_to_groin_pain: 'yes' } };
    expect(nextQuestions(answers).status).toBe('ask');
    expect(codesOf(answers).group).toBe('about');
    expect(nextQuestions({ ...answers, age: 60 }).status).toBe('emergency');
  });

  it('asks about age and duration second, then moves on', () => {
    const emergency = codesOf({}).codes;
    const afterEmergency = allNo({}, emergency);
    expect(codesOf(afterEmergency)).toMatchObject({ group: 'about' });
    expect(codesOf(afterEmergency).codes).toEqual(['age', 'onsetDaysAgo', 'painNow', 'sex', 'previousEpisodes']);
    const about = {
      ...afterEmergency,
      age: 40,
      onsetDaysAgo: 3,
      skipped: ['painNow', 'sex', 'previousEpisodes'] as const,
    };
    expect(codesOf(about).group).toBe('nerves');
  });

  it('skips questions that cannot change the result', () => {
    const walk = (answers: Answers): string[] => {
      const asked: string[] = [];
      let current = answers;
      for (;;) {
        const step = nextQuestions(current);
        if (step.status !== 'ask') return asked;
        const codes = step.questions.flatMap((q) => (q.kind === 'finding' ? [q.code] : []));
        asked.push(...codes);
        current = allNo(
          {
            ...current,
            age: current.age ?? 35,
            onsetDaysAgo: current.onsetDaysAgo ?? 3,
            skipped: ['painNow', 'sex', 'previousEpisodes'],
          },
          codes,
        );
      }
    };
    const short = walk({ sex: 'male' });
    expect(short.some((c) => c.startsWith('ibp_'))).toBe(false);
    expect(short).not.toContain('getting_better');
    expect(short).not.toContain('pregnant');
    expect(short).not.toContain('pregnancy_warning_signs');
    const long = walk({ onsetDaysAgo: 200, age: 30, sex: 'female' });
    expect(long.filter((c) => c.startsWith('ibp_'))).toHaveLength(8);
    expect(long).toContain('getting_better');
    expect(long).toContain('pregnant');
    expect(long).not.toContain('pregnancy_warning_signs');
  });

  it('asks about pregnancy warning signs only when pregnant', () => {
    const base: Answers = { age: 30, onsetDaysAgo: 2, sex: 'female', skipped: ['painNow', 'previousEpisodes'] };
    const emergency = allNo(base, codesOf(base).codes);
    const pregnant = { ...emergency, responses: { ...emergency.responses, pregnant: 'yes' as const } };
    const asked = askedWhenAnsweringNo(pregnant);
    expect(asked).toContain('pregnancy_warning_signs');
    // Not sure about being pregnant still brings the warning-sign question.
    const askedWhenUnsure = askedWhenAnsweringNo({
      ...emergency,
      responses: { ...emergency.responses, pregnant: 'unsure' as const },
    });
    expect(askedWhenUnsure).toContain('pregnancy_warning_signs');
  });

  it('skips medicine-safety-only questions once care is urgent', () => {
    const base: Answers = { age: 30, onsetDaysAgo: 2, sex: 'female', skipped: ['painNow', 'previousEpisodes'] };
    const asked = askedWhenAnsweringNo({ ...base, responses: { fever: 'yes' } });
    expect(asked).not.toContain('kidney_disease');
    expect(asked).not.toContain('breastfeeding');
    expect(asked).toContain('reduced_skin_sensation');
    expect(asked).toContain('pregnant');
  });

  it('completes with the intake the answers describe, which assesses cleanly', () => {
    let current: Answers = { age: 40, onsetDaysAgo: 2, painNow: 5, sex: 'male', previousEpisodes: 0 };
    for (let i = 0; i < 20; i++) {
      const step = nextQuestions(current);
      if (step.status === 'complete') {
        expect(step.intake).toMatchObject({ age: 40, onsetDaysAgo: 2, painNow: 5 });
        expect(assess(step.intake).disposition).toBe('self_care');
        return;
      }
      if (step.status !== 'ask') throw new Error(step.status);
      current = allNo(
        current,
        step.questions.flatMap((q) => (q.kind === 'finding' ? [q.code] : [])),
      );
    }
    throw new Error('the questionnaire did not finish');
  });

  it('turns answers into an intake (yes → findings, not sure → unsure)', () => {
    expect(
      intakeFromAnswers({
        age: 50,
        onsetDaysAgo: 1,
        responses: { fever: 'yes', chest_pain: 'no', dark_urine: 'unsure' },
      }),
    ).toMatchObject({
      age: 50,
      findings: ['fever'],
      unsure: ['dark_urine'],
    });
    expect(intakeFromAnswers({})).toMatchObject({ age: 30, onsetDaysAgo: 0, findings: [], unsure: [] });
  });

  it('uses the catalogue by default', () => {
    expect(nextQuestions({})).toEqual(nextQuestions({}, KNOWLEDGE));
  });
});
