import { describe, expect, it } from 'vitest';
import { type PlanCode, RELIEF_INSIGHT } from '#knowledge';
import { assess } from '../assess.ts';
import { exclusionsFrom, whatHelps } from './what-helps.ts';

const tried = (...pairs: [PlanCode, number][]) => ({
  reliefTried: pairs.map(([method, helped]) => ({ method, helped })),
});
const repeat = (times: number, method: PlanCode, helped: number) =>
  Array.from({ length: times }, () => tried([method, helped]));

const selfCare = assess({ age: 35, onsetDaysAgo: 2, findings: [] });
const numbSkin = assess({ age: 35, onsetDaysAgo: 2, findings: ['reduced_skin_sensation'] });
const check = (assessment: unknown, completedAt = '2026-11-20T10:00:00Z') => ({ completedAt, assessment });

describe('what helps me', () => {
  it('shows a method from 3 uses on, with its mean and a 95 % interval within 0–3, best first', () => {
    const r = whatHelps(
      [
        ...repeat(3, 'heat', 3),
        tried(['walking', 1], ['heat', 2]),
        ...repeat(2, 'walking', 2),
        ...repeat(2, 'cold', 1),
      ],
      [],
    );
    expect(r.ranked.map((m) => [m.method, m.uses, m.mean])).toEqual([
      ['heat', 4, 2.75],
      ['walking', 3, 5 / 3],
    ]);
    const heat = r.ranked[0];
    // 3, 3, 3, 2: s = 0.5, t(3) = 3.182446305 → 2.75 ± 0.7956, clipped at 3.
    expect(heat?.interval[0]).toBeCloseTo(2.75 - 3.182446305 * 0.25, 9);
    expect(heat?.interval[1]).toBe(3);
    expect(r.tooFew).toEqual([{ method: 'cold', uses: 2 }]);
    expect(r.notSuggested).toEqual([]);
    expect(r.minUses).toBe(RELIEF_INSIGHT.minUses);
    expect(r.note).toBe(RELIEF_INSIGHT.note);
  });

  it('breaks ties by the lower end of the interval, then uses, then name', () => {
    const r = whatHelps(
      [
        ...repeat(2, 'heat', 1),
        ...repeat(2, 'heat', 3),
        ...repeat(4, 'cold', 2),
        ...repeat(3, 'walking', 2),
        ...repeat(3, 'stay_active', 2),
      ],
      [],
    );
    expect(r.ranked.map((m) => m.method)).toEqual(['cold', 'stay_active', 'walking', 'heat']);
    const few = whatHelps([...repeat(2, 'walking', 1), tried(['cold', 1]), tried(['heat', 1])], []);
    expect(few.tooFew.map((m) => m.method)).toEqual(['walking', 'cold', 'heat']);
  });

  it("never lists what the latest check advises against, with the check's own reason", () => {
    const nsaid = assess({ age: 35, onsetDaysAgo: 2, findings: ['stomach_ulcer_or_bleed_history'] });
    expect(nsaid.avoid.map((a) => a.code)).toContain('nsaid_oral');
    const r = whatHelps([...repeat(5, 'nsaid_oral', 3), ...repeat(3, 'walking', 2)], [check(nsaid)]);
    expect(r.ranked.map((m) => m.method)).toEqual(['walking']);
    expect(r.notSuggested).toEqual([expect.objectContaining({ method: 'nsaid_oral', uses: 5, reason: 'avoid' })]);
    expect(r.notSuggested[0]?.why.startsWith(RELIEF_INSIGHT.avoidText)).toBe(true);
    expect(r.notSuggested[0]?.why.length).toBeGreaterThan(RELIEF_INSIGHT.avoidText.length);
  });

  it('never lists a plan item the latest check withheld, but does once a later check offers it', () => {
    expect(numbSkin.plan.map((p) => p.code)).not.toContain('heat');
    const episodes = repeat(3, 'heat', 3);
    const withheld = whatHelps(episodes, [check(selfCare, '2026-11-01T10:00:00Z'), check(numbSkin)]);
    expect(withheld.ranked).toEqual([]);
    expect(withheld.notSuggested).toEqual([
      { method: 'heat', uses: 3, reason: 'withheld', why: RELIEF_INSIGHT.withheldText },
    ]);
    const two = whatHelps([...repeat(1, 'heat', 1), ...repeat(1, 'cold', 1)], [check(numbSkin)]);
    expect(two.notSuggested.map((m) => m.method)).toEqual(['cold', 'heat']);
    const later = whatHelps(episodes, [check(numbSkin, '2026-11-01T10:00:00Z'), check(selfCare)]);
    expect(later.ranked.map((m) => m.method)).toEqual(['heat']);
  });

  it('takes the stricter reading of two checks completed at the same time, and of an unreadable one', () => {
    const both = exclusionsFrom([check(selfCare), check(numbSkin)]);
    expect(both.get('heat')?.reason).toBe('withheld');
    const unreadable = exclusionsFrom([check(null)]);
    expect([...unreadable.keys()].sort()).toEqual([...RELIEF_INSIGHT.withheldWhenAbsent].sort());
    const odd = exclusionsFrom([check({ plan: 'x', avoid: [null, { code: 7 }, { code: 'bed_rest', why: '' }] })]);
    expect(odd.get('bed_rest')).toEqual({ reason: 'avoid', why: RELIEF_INSIGHT.avoidText });
    expect(exclusionsFrom([]).size).toBe(0);
  });

  it('ignores episodes without ratings, and shows a single use as a point with minUses 1', () => {
    expect(whatHelps([{}, { reliefTried: [] }], []).ranked).toEqual([]);
    const one = whatHelps([tried(['walking', 2])], [], { ...RELIEF_INSIGHT, minUses: 1 });
    expect(one.ranked).toEqual([{ method: 'walking', uses: 1, mean: 2, interval: [2, 2] }]);
  });
});
