// Properties of the diary analytics, the cross-week escalations and "what helps me": they never
// throw on any valid diary, and give the same answer whatever order the entries come in. The
// safety property (a method the latest check rules out is never listed as helping) runs 10,000
// times, the others 2,000.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_CODES } from '#knowledge';
import { assess } from '../assess.ts';
import { diaryAnalytics } from './analytics.ts';
import type { DiaryCheckin, DiaryEpisode, PegAnswers } from './diary-input.ts';
import { diaryPatterns } from './diary-patterns.ts';
import { exclusionsFrom, whatHelps } from './what-helps.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2025-06-01T00:00:00Z');
const SPAN_DAYS = 500;
const dayOf = (i: number) => new Date(T0 + i * DAY).toISOString().slice(0, 10);
const ZONES = ['UTC', 'Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Asia/Kolkata'];

const score = fc.integer({ min: 0, max: 10 });
const dayIndex = fc.integer({ min: 0, max: SPAN_DAYS });
const episode: fc.Arbitrary<DiaryEpisode> = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    at: fc.integer({ min: 0, max: SPAN_DAYS * DAY }),
    ownDay: fc.option(dayIndex, { nil: undefined }),
    end: fc.oneof(
      fc.constant(null),
      fc.record({ after: fc.integer({ min: 0, max: 3 * DAY }) }),
      fc.record({ minutes: fc.integer({ min: 0, max: 20_160 }) }),
    ),
    intensity: score,
    reliefTried: fc.array(
      fc.record({ method: fc.constantFrom(...PLAN_CODES), helped: fc.integer({ min: 0, max: 3 }) }),
      { maxLength: 4 },
    ),
  })
  .map(({ id, at, ownDay, end, intensity, reliefTried }) => {
    const startedAt = new Date(T0 + at).toISOString();
    return {
      id,
      startedAt,
      localDate: ownDay === undefined ? undefined : dayOf(ownDay),
      endedAt: end && 'after' in end ? new Date(T0 + at + end.after).toISOString() : null,
      durationMinutes: end && 'minutes' in end ? end.minutes : null,
      intensity,
      reliefTried,
    };
  });
const checkin: fc.Arbitrary<DiaryCheckin> = fc.record({ date: dayIndex.map(dayOf), painAverage: score });
const peg: fc.Arbitrary<PegAnswers> = fc.record({
  date: dayIndex.map(dayOf),
  pain: score,
  enjoyment: score,
  activity: score,
});
const diary = fc.record({
  episodes: fc.array(episode, { maxLength: 40 }),
  checkins: fc.array(checkin, { maxLength: 60 }),
  pegs: fc.array(peg, { maxLength: 8 }),
  today: dayIndex.map(dayOf),
  timeZone: fc.constantFrom(...ZONES),
  weeks: fc.integer({ min: 1, max: 80 }),
  seed: fc.integer(),
});

/** A seeded Fisher–Yates shuffle (mulberry32), so a failure replays from fast-check's seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('diary analytics, on any diary', () => {
  it('never throw, keep their figures in range, and do not depend on input order', () => {
    fc.assert(
      fc.property(diary, ({ seed, ...input }) => {
        const a = diaryAnalytics(input);
        const b = diaryAnalytics({
          ...input,
          episodes: shuffled(input.episodes, seed),
          checkins: shuffled(input.checkins, seed + 1),
          pegs: shuffled(input.pegs, seed + 2),
        });
        expect(b).toEqual(a);
        expect(a.weeks).toHaveLength(input.weeks);
        expect(a.weeks.reduce((n, w) => n + w.episodes, 0)).toBe(a.episodes.count);
        for (const w of a.weeks) {
          if (w.painMean !== null) expect(w.painMean >= 0 && w.painMean <= 10).toBe(true);
          if (w.pegScore !== null) expect(w.pegScore >= 0 && w.pegScore <= 10).toBe(true);
        }
        const { slopePerWeek, interval } = a.painTrend;
        if (interval && slopePerWeek !== null)
          expect(interval[0] <= slopePerWeek + 1e-9 && slopePerWeek <= interval[1] + 1e-9).toBe(true);
        expect(a.recurrence.intervalsDays.every((d) => d > 0)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('cross-week escalations never throw and do not depend on input order', () => {
    fc.assert(
      fc.property(diary, ({ seed, ...input }) => {
        const a = diaryPatterns(input);
        const b = diaryPatterns({
          ...input,
          episodes: shuffled(input.episodes, seed),
          checkins: shuffled(input.checkins, seed + 1),
        });
        expect(b).toEqual(a);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('what helps me, on any diary and any latest check', () => {
  // Every combination of the findings that shape the plan and avoid lists, at two ages, assessed
  // once (assess is the costly part).
  const SHAPING = [
    'reduced_skin_sensation',
    'poor_circulation',
    'pregnant',
    'leg_pain_below_knee',
    'stomach_ulcer_or_bleed_history',
    'saddle_numbness',
    'fever',
    'new_medicine_recent',
  ] as const;
  const ASSESSMENTS = [16, 70].flatMap((age) =>
    Array.from({ length: 2 ** SHAPING.length }, (_, mask) =>
      assess({ age, onsetDaysAgo: mask % 40, findings: SHAPING.filter((_, bit) => mask & (1 << bit)) }),
    ),
  );
  const checks = fc.array(
    fc.record({
      completedAt: fc.constantFrom('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
      assessment: fc.constantFrom(...ASSESSMENTS),
    }),
    { maxLength: 3 },
  );

  it('never lists as helping a method the latest check advises against or withholds, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(episode, { maxLength: 30 }), checks, fc.integer(), (episodes, stored, seed) => {
        const r = whatHelps(episodes, stored);
        const excluded = exclusionsFrom(stored);
        for (const m of [...r.ranked, ...r.tooFew]) expect(excluded.has(m.method), m.method).toBe(false);
        for (const m of r.ranked) {
          expect(m.uses).toBeGreaterThanOrEqual(r.minUses);
          expect(0 <= m.interval[0] && m.interval[0] <= m.mean && m.mean <= m.interval[1] && m.interval[1] <= 3).toBe(
            true,
          );
        }
        expect(whatHelps(shuffled(episodes, seed), shuffled(stored, seed))).toEqual(r);
      }),
      { numRuns: 10_000 },
    );
  });
});
