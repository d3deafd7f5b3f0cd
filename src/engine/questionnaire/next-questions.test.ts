import { describe, expect, it } from 'vitest';
import { CAUDA_EQUINA_FINDINGS, KNOWLEDGE } from '#knowledge';
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

  it('asks every emergency sign on the first screen, then about you', () => {
    const first = codesOf({}).codes;
    expect(first.slice(0, 9)).toEqual([...CAUDA_EQUINA_FINDINGS]);
    expect(first).toContain('cardiac_symptoms_with_pain');
    expect(first).toContain('pregnancy_bleeding_or_severe_pain');
    const afterEmergency = allNo({}, first);
    expect(codesOf(afterEmergency)).toMatchObject({ group: 'about' });
    expect(codesOf(afterEmergency).codes).toEqual([
      'age',
      'sex',
      'pregnant',
      'onsetChoice',
      'painNow',
      'previousEpisodes',
    ]);
    expect(codesOf({ ...afterEmergency, sex: 'male' }).codes).not.toContain('pregnant');
    const about: Answers = {
      ...afterEmergency,
      age: 40,
      sex: 'male',
      onsetChoice: 'yesterday',
      skipped: ['painNow', 'previousEpisodes'],
    };
    expect(codesOf(about).group).toBe('same_day');
    expect(intakeFromAnswers(about).onsetDaysAgo).toBe(1);
  });

  it('asks the exact length only when a rule threshold falls inside the chosen range', () => {
    const base: Answers = {
      ...allNo({}, codesOf({}).codes),
      age: 40,
      sex: 'male',
      skipped: ['painNow', 'previousEpisodes'],
    };
    // 2–6 days: no rule changes inside it; the longest is used.
    expect(codesOf({ ...base, onsetChoice: 'days' }).group).toBe('same_day');
    expect(intakeFromAnswers({ ...base, onsetChoice: 'days' }).onsetDaysAgo).toBe(6);
    // 1–4 weeks holds day 28: the days are asked; until then the least alarming day is read.
    const weeks = codesOf({ ...base, onsetChoice: 'weeks' });
    expect(weeks.group).toBe('about');
    expect(weeks.codes).toEqual(['onsetExact']);
    expect(weeks.step.status === 'ask' && weeks.step.questions[0]).toMatchObject({ min: 7, max: 34, unit: 'days' });
    expect(intakeFromAnswers({ ...base, onsetChoice: 'weeks' }).onsetDaysAgo).toBe(7);
    expect(intakeFromAnswers({ ...base, onsetChoice: 'weeks', onsetExact: 28 }).onsetDaysAgo).toBe(28);
    // In weeks for 1–3 months, in months beyond, clamped to the choice.
    expect(intakeFromAnswers({ ...base, onsetChoice: 'months', onsetExact: 6 }).onsetDaysAgo).toBe(42);
    expect(intakeFromAnswers({ ...base, onsetChoice: 'months', onsetExact: 1 }).onsetDaysAgo).toBe(35);
    expect(intakeFromAnswers({ ...base, onsetChoice: 'longer', onsetExact: 24 }).onsetDaysAgo).toBe(720);
    expect(codesOf({ ...base, onsetChoice: 'longer', onsetExact: 24 }).group).toBe('same_day');
    // A length in days answers both (the CLI, older clients); an unknown choice reads as today.
    expect(codesOf({ ...base, onsetDaysAgo: 30 }).group).toBe('same_day');
    expect(intakeFromAnswers({ ...base, onsetChoice: 'fortnight' }).onsetDaysAgo).toBe(0);
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
