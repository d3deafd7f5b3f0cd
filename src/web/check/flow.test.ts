import { describe, expect, it } from 'vitest';
import type { CheckAnswers } from '../storage/check-answers.ts';
import {
  emergencyTriggers,
  followRoute,
  routeAnswered,
  withNumber,
  withResponse,
  withSex,
  withSkipped,
} from './flow.ts';

const none: CheckAnswers = { responses: {}, skipped: [] };

/** Answers every question on the route: `yes` for the codes given, no for the rest, and the numbers. */
function answerAll(
  yes: readonly string[],
  numbers: Partial<Record<'age' | 'onsetDaysAgo' | 'painNow', number>>,
): CheckAnswers {
  let a: CheckAnswers = none;
  for (let i = 0; i < 20; i++) {
    const route = followRoute(a);
    if (routeAnswered(route)) return route.answers;
    for (const g of route.groups)
      for (const q of g.questions) {
        if (q.kind === 'finding' && a.responses[q.code] === undefined)
          a = withResponse(a, q.code, yes.includes(q.code) ? 'yes' : 'no');
        if (q.kind === 'number' && a[q.field] === undefined && !a.skipped.includes(q.field)) {
          const n = q.field === 'previousEpisodes' ? undefined : numbers[q.field];
          a = n === undefined ? withSkipped(a, q.field, true) : withNumber(a, q.field, n);
        }
        if (q.kind === 'sex' && a.sex === undefined && !a.skipped.includes('sex')) a = withSkipped(a, 'sex', true);
      }
  }
  throw new Error('the route never ended');
}

describe('followRoute', () => {
  it('starts with the emergency group and leads through every group the answers call for', () => {
    const route = followRoute(none);
    expect(route.status).toBe('complete');
    expect(route.groups[0]?.group.id).toBe('emergency');
    expect(route.groups.map((g) => g.group.id)).toContain('pregnancy');
    expect(followRoute(withSex(none, 'male')).groups.map((g) => g.group.id)).not.toContain('pregnancy');
  });

  it('shows a follow-up once its lead question is yes, and drops its answer when the lead changes', () => {
    const pregnancy = (a: CheckAnswers) =>
      followRoute(a).groups.find((g) => g.group.id === 'pregnancy')?.questions.length ?? 0;
    const yes = withResponse(none, 'pregnant', 'yes');
    expect(pregnancy(yes)).toBeGreaterThan(pregnancy(none));
    const follow = followRoute(yes)
      .groups.find((g) => g.group.id === 'pregnancy')
      ?.questions.find((q) => q.kind === 'finding' && q.askWhen !== undefined);
    if (follow?.kind !== 'finding') throw new Error('expected a follow-up question');
    const answered = withResponse(yes, follow.code, 'yes');
    expect(followRoute(answered).answers.responses[follow.code]).toBe('yes');
    expect(followRoute(withResponse(answered, 'pregnant', 'no')).answers.responses[follow.code]).toBeUndefined();
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
    const a = answerAll(['heavy_lifting'], { age: 34, onsetDaysAgo: 2, painNow: 6 });
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
