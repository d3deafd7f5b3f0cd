import { describe, expect, it } from 'vitest';
import type { CheckAnswers } from '../storage/check-answers.ts';
import {
  emergencyTriggers,
  finishScreen,
  followRoute,
  routeAnswered,
  screenCount,
  screenLeft,
  withChoice,
  withNumber,
  withResponse,
  withSex,
  withSkipped,
} from './flow.ts';

const none: CheckAnswers = { responses: {}, skipped: [] };

/** Answers every question on the route: `yes` for the codes given, no for the rest, and the numbers. */
function answerAll(
  yes: readonly string[],
  numbers: Partial<Record<'age' | 'painNow' | 'onsetExact', number>>,
  onsetChoice = 'yesterday',
): CheckAnswers {
  let a: CheckAnswers = withChoice(none, onsetChoice);
  for (let i = 0; i < 20; i++) {
    const route = followRoute(a);
    if (routeAnswered(route)) return route.answers;
    for (const g of route.groups)
      for (const q of g.questions) {
        if (q.kind === 'finding' && a.responses[q.code] === undefined)
          a = withResponse(a, q.code, yes.includes(q.code) ? 'yes' : 'no');
        if (q.kind === 'number' && a[q.field] === undefined && !a.skipped.includes(q.field)) {
          const n = q.field === 'previousEpisodes' || q.field === 'onsetDaysAgo' ? undefined : numbers[q.field];
          a = n === undefined ? withSkipped(a, q.field, true) : withNumber(a, q.field, n);
        }
        if (q.kind === 'sex' && a.sex === undefined && !a.skipped.includes('sex')) a = withSkipped(a, 'sex', true);
      }
  }
  throw new Error('the route never ended');
}

describe('followRoute', () => {
  it('starts with the emergency screens and leads through every screen the answers call for', () => {
    const route = followRoute(none);
    expect(route.status).toBe('complete');
    expect(route.groups.map((g) => g.group.id)).toEqual([
      'emergency',
      'about',
      'same_day',
      'see_doctor',
      'onset',
      'medicines',
    ]);
    const codes = (a: CheckAnswers) =>
      followRoute(a).groups.flatMap((g) => g.questions.map((q) => (q.kind === 'finding' ? q.code : q.field)));
    expect(codes(none)).toContain('pregnant');
    expect(codes(withSex(none, 'male'))).not.toContain('pregnant');
  });

  it('shows a follow-up once its lead question is yes, and drops its answer when the lead changes', () => {
    const codes = (a: CheckAnswers) => followRoute(a).groups.flatMap((g) => g.questions);
    const yes = withResponse(none, 'pregnant', 'yes');
    expect(codes(yes).length).toBeGreaterThan(codes(none).length);
    const answered = withResponse(yes, 'pregnancy_warning_signs', 'no');
    expect(followRoute(answered).answers.responses.pregnancy_warning_signs).toBe('no');
    expect(followRoute(withResponse(answered, 'pregnant', 'no')).answers.responses.pregnancy_warning_signs).toBe(
      undefined,
    );
  });

  it('asks the exact length on the about screen, right after the choice, when a rule needs it', () => {
    const about = (a: CheckAnswers) =>
      followRoute(a)
        .groups.find((g) => g.group.id === 'about')
        ?.questions.map((q) => (q.kind === 'finding' ? q.code : q.field));
    expect(about(withChoice(none, 'yesterday'))).not.toContain('onsetExact');
    const weeks = about(withChoice(withNumber(none, 'age', 40), 'weeks')) ?? [];
    expect(weeks.indexOf('onsetExact')).toBe(weeks.indexOf('onsetChoice') + 1);
    // A new choice drops the old exact figure.
    const exact = withNumber(withChoice(none, 'weeks'), 'onsetExact', 20);
    expect(withChoice(exact, 'months').onsetExact).toBeUndefined();
  });

  it('counts a conditional screen until what decides it is answered, so progress never goes back', () => {
    expect(screenCount(followRoute(none))).toBe(7);
    const short = answerAll([], { age: 34, painNow: 6 });
    expect(screenCount(followRoute(short))).toBe(6);
    const long = answerAll([], { age: 30, painNow: 6, onsetExact: 12 }, 'longer');
    expect(followRoute(long).groups.map((g) => g.group.id)).toContain('inflammatory');
  });

  it('drops the pregnancy answers when the person says they are male', () => {
    const a = withSex(withResponse(none, 'breastfeeding', 'yes'), 'male');
    expect(followRoute(a).answers.responses.breastfeeding).toBeUndefined();
  });

  it('stops at an emergency and keeps the answers beyond it', () => {
    const a = withResponse(withResponse(none, 'heavy_lifting', 'yes'), 'saddle_numbness', 'unsure');
    const route = followRoute(a);
    expect(route.status).toBe('emergency');
    expect(route.answers.responses.heavy_lifting).toBe('yes');
  });

  it('is complete for the lifting story once everything is answered', () => {
    const a = answerAll(['heavy_lifting'], { age: 34, painNow: 6 });
    const route = followRoute(a);
    expect(route.status).toBe('complete');
    expect(routeAnswered(route)).toBe(true);
    expect(a.responses.heavy_lifting).toBe('yes');
  });
});

describe('emergencyTriggers', () => {
  it('names only the answers that lead to the emergency', () => {
    const a = withResponse(
      withResponse(withResponse(none, 'fever', 'yes'), 'saddle_numbness', 'unsure'),
      'heavy_lifting',
      'yes',
    );
    expect(emergencyTriggers(a)).toEqual([{ code: 'saddle_numbness', answer: 'unsure' }]);
    expect(emergencyTriggers(withResponse(none, 'heavy_lifting', 'yes'))).toEqual([]);
  });
});

describe('one screen', () => {
  const screen = (a: CheckAnswers, id: string) => {
    const step = followRoute(a).groups.find((g) => g.group.id === id);
    if (!step) throw new Error(`no screen ${id}`);
    return step;
  };
  it('waits for "None of these" or a chosen item on each list, then settles the rest as no', () => {
    const emergency = screen(none, 'emergency');
    expect(screenLeft(emergency, none)).toHaveLength(2);
    const one = withResponse(none, 'saddle_numbness', 'no');
    expect(screenLeft(emergency, one)).toHaveLength(2);
    expect(finishScreen(emergency, one).responses.altered_wiping_sensation).toBeUndefined();
  });
  it('settles unticked contributors as no, and skips optional numbers', () => {
    const onset = screen(none, 'onset');
    expect(screenLeft(onset, none)).toEqual([]);
    const done = finishScreen(onset, withResponse(none, 'heavy_lifting', 'yes'));
    expect(done.responses.heavy_lifting).toBe('yes');
    expect(done.responses.prolonged_sitting).toBe('no');
    const about = screen(none, 'about');
    expect(screenLeft(about, none).length).toBeGreaterThan(0);
    const filled = withChoice(withNumber(withResponse(none, 'pregnant', 'no'), 'age', 34), 'yesterday');
    expect(screenLeft(about, filled)).toEqual([]);
    expect(finishScreen(about, filled).skipped).toEqual(expect.arrayContaining(['previousEpisodes', 'painNow', 'sex']));
  });
  it('lets one chosen item answer an any-of list: the others become no on Next', () => {
    const same = screen(none, 'same_day');
    const a = withResponse(none, 'dark_urine', 'unsure');
    expect(screenLeft(same, a)).toEqual([]);
    expect(finishScreen(same, a).responses.fever).toBeUndefined();
    expect(finishScreen(same, a).responses.iv_drug_use).toBe('no');
  });
});
