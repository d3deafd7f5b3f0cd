import { describe, expect, it } from 'vitest';
import {
  clampWeeks,
  comparePlaced,
  diaryAnalytics,
  MAX_ANALYTICS_WEEKS,
  type Placed,
  painTrendOf,
  type WeekSummary,
} from './analytics.ts';
import { weekStart, weekStarts } from './calendar.ts';
import type { DiaryEpisode } from './diary-input.ts';
import { minutesToRelief } from './diary-input.ts';

let n = 0;
const episode = (over: Partial<DiaryEpisode> = {}): DiaryEpisode => {
  n += 1;
  return {
    id: `e${String(n).padStart(4, '0')}`,
    startedAt: '2026-11-18T08:00:00.000Z',
    localDate: '2026-11-18',
    endedAt: null,
    durationMinutes: null,
    intensity: 5,
    ...over,
  };
};
const base = { episodes: [], checkins: [], today: '2026-11-25', timeZone: 'UTC', weeks: 4 } as const;

describe('calendar weeks', () => {
  it('start on Monday, across a year end', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
    expect(weekStart('2026-01-01')).toBe('2025-12-29');
    expect(weekStarts('2026-11-25', 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
  });

  it('asks for 1 to MAX_ANALYTICS_WEEKS whole weeks', () => {
    expect(clampWeeks(0)).toBe(1);
    expect(clampWeeks(2.9)).toBe(2);
    expect(clampWeeks(1e9)).toBe(MAX_ANALYTICS_WEEKS);
    expect(clampWeeks(Number.NaN)).toBe(1);
  });
});

describe('time to relief of one episode', () => {
  it('uses the duration, else the end time, and nothing else', () => {
    expect(minutesToRelief({ startedAt: '2026-11-18T08:00:00Z', durationMinutes: 0 })).toBe(0);
    expect(minutesToRelief({ startedAt: '2026-11-18T08:00:00Z', endedAt: '2026-11-18T09:29:40Z' })).toBe(90);
    expect(minutesToRelief({ startedAt: '2026-11-18T08:00:00Z', endedAt: '2026-11-18T07:00:00Z' })).toBeNull();
    expect(minutesToRelief({ startedAt: '2026-11-18T08:00:00Z', endedAt: null, durationMinutes: null })).toBeNull();
    expect(minutesToRelief({ startedAt: 'not a date', endedAt: '2026-11-18T07:00:00Z' })).toBeNull();
  });
});

describe('diary analytics', () => {
  it('summarises nothing as empty weeks, without throwing', () => {
    const a = diaryAnalytics(base);
    expect(a.from).toBe('2026-11-02');
    expect(a.to).toBe('2026-11-25');
    expect(a.weeks.map((w) => w.weekStart)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(a.weeks.every((w) => w.episodes === 0 && w.painMean === null && w.pegScore === null)).toBe(true);
    expect(a.episodes).toEqual({ count: 0, perWeek: 0, intensityMean: null, intensityMax: null });
    expect(a.timeToRelief).toMatchObject({ count: 0, medianMinutes: null, minMinutes: null, maxMinutes: null });
    expect(a.painTrend).toEqual({
      weeksWithData: 0,
      slopePerWeek: null,
      intercept: null,
      interval: null,
      direction: 'too-little-data',
    });
    expect(a.recurrence).toEqual({ intervalsDays: [], medianDays: null, daysSinceLast: null });
    expect(a.peg).toEqual({ entries: [], latest: null });
  });

  it('counts episodes per week by their local day, from the first Monday to today inclusive', () => {
    const a = diaryAnalytics({
      ...base,
      episodes: [
        episode({ localDate: '2026-11-01', intensity: 9 }), // the Sunday before the window
        episode({ localDate: '2026-11-02', intensity: 2 }), // its first day
        // Late on Sunday in its own zone though Monday in UTC: counts in the Sunday's week.
        episode({ startedAt: '2026-11-23T02:00:00Z', localDate: '2026-11-22', intensity: 6 }),
        episode({ localDate: '2026-11-25', intensity: 7 }), // today
        episode({ localDate: '2026-11-26', intensity: 10 }), // tomorrow: not yet
      ],
    });
    expect(a.weeks.map((w) => w.episodes)).toEqual([1, 0, 1, 1]);
    expect(a.weeks.map((w) => [w.intensityMean, w.intensityMax])).toEqual([
      [2, 2],
      [null, null],
      [6, 6],
      [7, 7],
    ]);
    expect(a.episodes).toEqual({ count: 3, perWeek: 0.75, intensityMean: 5, intensityMax: 7 });
  });

  it('reads an episode without a local day in the time zone passed in', () => {
    const late = episode({ startedAt: '2026-11-22T23:30:00Z', localDate: undefined });
    expect(diaryAnalytics({ ...base, episodes: [late] }).weeks.map((w) => w.episodes)).toEqual([0, 0, 1, 0]);
    expect(
      diaryAnalytics({ ...base, timeZone: 'Europe/Berlin', episodes: [late] }).weeks.map((w) => w.episodes),
    ).toEqual([0, 0, 0, 1]);
  });

  it('gives time to relief for the episodes that say when they eased, oldest first', () => {
    const a = diaryAnalytics({
      ...base,
      episodes: [
        episode({ id: 'b', startedAt: '2026-11-20T10:00:00Z', localDate: '2026-11-20', durationMinutes: 30 }),
        episode({ id: 'a', startedAt: '2026-11-18T10:00:00Z', endedAt: '2026-11-18T11:30:00Z' }),
        episode({ id: 'c', startedAt: '2026-11-19T10:00:00Z', localDate: '2026-11-19' }),
        episode({ id: 'd', startedAt: '2026-11-21T10:00:00Z', localDate: '2026-11-21', durationMinutes: 10 }),
      ],
    });
    expect(a.timeToRelief.items.map((r) => [r.id, r.minutes])).toEqual([
      ['a', 90],
      ['b', 30],
      ['d', 10],
    ]);
    expect(a.timeToRelief).toMatchObject({
      count: 3,
      medianMinutes: 30,
      meanMinutes: 130 / 3,
      minMinutes: 10,
      maxMinutes: 90,
    });
  });

  it('averages each day, then the week, and fits the weekly trend with its interval', () => {
    const checkins = [
      { date: '2026-11-02', painAverage: 8 },
      { date: '2026-11-03', painAverage: 6 }, // week 1: 7
      { date: '2026-11-10', painAverage: 6 }, // week 2: 6
      { date: '2026-11-16', painAverage: 4 },
      { date: '2026-11-16', painAverage: 6 }, // a repeated day counts once, as its mean (5)
      { date: '2026-11-17', painAverage: 5 }, // week 3: 5
      { date: '2026-11-24', painAverage: 3 }, // week 4: 3
      { date: '2026-10-30', painAverage: 10 }, // before the window
      { date: '2026-11-26', painAverage: 10 }, // after today
    ];
    const a = diaryAnalytics({ ...base, checkins });
    expect(a.weeks.map((w) => [w.painMean, w.painDays])).toEqual([
      [7, 2],
      [6, 1],
      [5, 2],
      [3, 1],
    ]);
    // y = 7, 6, 5, 3 on x = 0..3: slope −1.3, s.e. √(0.3/2/5)
    expect(a.painTrend.slopePerWeek).toBeCloseTo(-1.3, 12);
    expect(a.painTrend.intercept).toBeCloseTo(7.2, 12);
    const half = 4.30265273 * Math.sqrt(0.3 / 2 / 5);
    expect(a.painTrend.interval?.[0]).toBeCloseTo(-1.3 - half, 9);
    expect(a.painTrend.interval?.[1]).toBeCloseTo(-1.3 + half, 9);
    expect(a.painTrend.direction).toBe('improving');
  });

  it('calls a trend only when the whole interval is on one side of zero', () => {
    const week = (painMean: number | null): WeekSummary => ({
      weekStart: '2026-11-02',
      episodes: 0,
      intensityMean: null,
      intensityMax: null,
      painMean,
      painDays: painMean === null ? 0 : 1,
      pegScore: null,
    });
    expect(painTrendOf([3, 5, 7].map(week)).direction).toBe('worsening');
    expect(painTrendOf([3, 7, 3].map(week)).direction).toBe('no-clear-change');
    expect(painTrendOf([3, 5, null].map(week))).toMatchObject({
      weeksWithData: 2,
      slopePerWeek: 2,
      interval: null,
      direction: 'too-little-data',
    });
    expect(painTrendOf([3, null, 4, 5].map(week)).weeksWithData).toBe(3);
  });

  it('measures recurrence between distinct days with a spasm, and since the last', () => {
    const a = diaryAnalytics({
      ...base,
      episodes: ['2026-11-03', '2026-11-03', '2026-11-10', '2026-11-20'].map((localDate) => episode({ localDate })),
    });
    expect(a.recurrence).toEqual({ intervalsDays: [7, 10], medianDays: 8.5, daysSinceLast: 5 });
  });

  it('scores PEG answers within the window, with the latest', () => {
    const a = diaryAnalytics({
      ...base,
      pegs: [
        { date: '2026-11-24', pain: 4, enjoyment: 5, activity: 6 },
        { date: '2026-11-03', pain: 7, enjoyment: 7, activity: 8 },
        { date: '2026-11-05', pain: 6, enjoyment: 6, activity: 6 },
        { date: '2026-10-01', pain: 10, enjoyment: 10, activity: 10 },
      ],
    });
    expect(a.peg.entries).toEqual([
      { date: '2026-11-03', score: 7.33 },
      { date: '2026-11-05', score: 6 },
      { date: '2026-11-24', score: 5 },
    ]);
    expect(a.peg.latest).toEqual({ date: '2026-11-24', score: 5 });
    expect(a.weeks.map((w) => w.pegScore)).toEqual([6.665, null, null, 5]);
  });

  it('orders episodes totally, so equal keys mean equal output', () => {
    const p = (over: Partial<Placed>): Placed => {
      const startedAt = over.startedAt ?? '2026-11-18T08:00:00.000Z';
      return {
        id: 'a',
        startedAt,
        at: Date.parse(startedAt),
        localDate: '2026-11-18',
        intensity: 5,
        minutes: 0,
        minutesOrNull: null,
        ...over,
      };
    };
    const sorted = [
      p({ minutesOrNull: 5 }),
      p({ intensity: 6 }),
      p({ localDate: '2026-11-19' }),
      p({ id: 'b' }),
      p({ startedAt: '2026-11-18T08:00:00Z' }),
      p({ startedAt: '2026-11-18T09:00:00Z' }),
      p({}),
    ].sort(comparePlaced);
    expect(sorted.map((x) => [x.startedAt, x.id, x.localDate, x.intensity, x.minutesOrNull])).toEqual([
      ['2026-11-18T08:00:00.000Z', 'a', '2026-11-18', 5, null],
      ['2026-11-18T08:00:00.000Z', 'a', '2026-11-18', 5, 5],
      ['2026-11-18T08:00:00.000Z', 'a', '2026-11-18', 6, null],
      ['2026-11-18T08:00:00.000Z', 'a', '2026-11-19', 5, null],
      ['2026-11-18T08:00:00.000Z', 'b', '2026-11-18', 5, null],
      ['2026-11-18T08:00:00Z', 'a', '2026-11-18', 5, null],
      ['2026-11-18T09:00:00Z', 'a', '2026-11-18', 5, null],
    ]);
    expect(comparePlaced(p({ minutesOrNull: 5 }), p({ minutesOrNull: null }))).toBeGreaterThan(0);
  });

  it('orders PEG answers of one day by score', () => {
    const pegs = [
      { date: '2026-11-24', pain: 9, enjoyment: 9, activity: 9 },
      { date: '2026-11-24', pain: 1, enjoyment: 1, activity: 1 },
    ];
    expect(diaryAnalytics({ ...base, pegs }).peg.entries.map((e) => e.score)).toEqual([1, 9]);
  });
});
