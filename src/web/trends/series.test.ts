import { describe, expect, it } from 'vitest';
import { diaryAnalytics } from '#engine';
import type { Checkin, Episode } from '../diary/types.ts';
import {
  noonOf,
  painSummary,
  painTable,
  pegSummary,
  pegTable,
  reliefSummary,
  reliefTable,
  trendSummary,
  visibleWeeks,
  weeklyPainTable,
  weeklySummary,
  weeklyTable,
} from './series.ts';

const words = { day: (d: string) => `[${d}]`, minutes: (n: number) => `${n} min` };

let n = 0;
const makeEpisode = (over: Partial<Episode> = {}): Episode => {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    startedAt: '2026-11-18T08:00:00.000Z',
    endedAt: null,
    durationMinutes: null,
    timeZone: 'UTC',
    localDate: '2026-11-18',
    intensity: 5,
    locations: [],
    triggers: [],
    reliefTried: [],
    notes: '',
    createdAt: '2026-11-18T08:00:00.000Z',
    updatedAt: '2026-11-18T08:00:00.000Z',
    ...over,
  };
};
const makeCheckin = (date: string, painAverage: number): Pick<Checkin, 'date' | 'painAverage'> => ({
  date,
  painAverage,
});

describe('pain over time', () => {
  it('puts check-ins at local noon and spasms at their instant, on one sorted x axis', () => {
    const t = painTable(
      [makeCheckin('2026-11-19', 6), makeCheckin('2026-11-17', 8)],
      [makeEpisode({ startedAt: '2026-11-18T08:00:00.000Z', intensity: 9 })],
    );
    expect(t[0]).toEqual([noonOf('2026-11-17'), Date.parse('2026-11-18T08:00:00.000Z') / 1000, noonOf('2026-11-19')]);
    expect(t[1]).toEqual([8, null, 6]);
    expect(t[2]).toEqual([null, 9, null]);
    expect(noonOf('2026-11-17')).toBe(new Date(2026, 10, 17, 12).getTime() / 1000);
  });

  it('is empty for no data', () => {
    expect(painTable([], [])).toEqual([[], [], []]);
  });

  it('summarises in words', () => {
    const s = painSummary(
      [makeCheckin('2026-11-20', 3), makeCheckin('2026-11-01', 7)],
      [makeEpisode({ intensity: 3 }), makeEpisode({ intensity: 9 })],
      words,
    );
    expect(s).toBe(
      '2 check-ins: average pain went from 7 on [2026-11-01] to 3 on [2026-11-20]. 2 spasms logged, intensity from 3 to 9 out of 10.',
    );
    expect(painSummary([makeCheckin('2026-11-01', 4)], [], words)).toBe(
      '1 check-in: average pain 4 on [2026-11-01]. No spasms logged.',
    );
    expect(painSummary([], [makeEpisode({ intensity: 6 })], words)).toBe(
      'No check-ins yet. 1 spasm logged, intensity 6 out of 10.',
    );
  });
});

describe('weekly charts from the engine', () => {
  const analytics = (episodes: Episode[], checkins = [] as { date: string; painAverage: number }[]) =>
    diaryAnalytics({ episodes, checkins, today: '2026-11-25', timeZone: 'UTC', weeks: 26 });

  it('shows weeks from the first with an entry, at least eight, with bars mid-week', () => {
    const a = analytics([
      makeEpisode({ localDate: '2026-11-22' }),
      makeEpisode({ localDate: '2026-11-16' }),
      makeEpisode({ localDate: '2026-11-02' }),
    ]);
    const weeks = visibleWeeks(a.weeks, 4);
    expect(weeks.map((w) => [w.weekStart, w.episodes])).toEqual([
      ['2026-11-02', 1],
      ['2026-11-09', 0],
      ['2026-11-16', 2],
      ['2026-11-23', 0],
    ]);
    expect(weeklyTable(weeks)).toEqual([
      ['2026-11-05', '2026-11-12', '2026-11-19', '2026-11-26'].map(noonOf),
      [1, 0, 2, 0],
    ]);
    expect(weeklySummary(weeks, words)).toBe(
      '0 spasms this week, 2 last week; 3 in the last 4 weeks. Most in the week starting [2026-11-16] (2).',
    );
    expect(visibleWeeks(analytics([]).weeks)).toHaveLength(8);
    expect(weeklySummary(visibleWeeks(analytics([]).weeks), words)).toBe(
      '0 spasms this week, 0 last week; 0 in the last 8 weeks.',
    );
  });

  it('draws the trend line from the engine’s fit and says what the interval allows', () => {
    const a = analytics(
      [],
      [
        { date: '2026-11-03', painAverage: 7 },
        { date: '2026-11-10', painAverage: 6 },
        { date: '2026-11-17', painAverage: 5 },
        { date: '2026-11-24', painAverage: 3 },
      ],
    );
    const weeks = visibleWeeks(a.weeks, 4);
    const [, means, line] = weeklyPainTable(weeks, a.painTrend, a.weeks);
    expect(means).toEqual([7, 6, 5, 3]);
    expect(line?.map((v) => Math.round((v ?? 0) * 100) / 100)).toEqual([7.2, 5.9, 4.6, 3.3]);
    // No line before the first week with data, nor without an interval.
    const eight = visibleWeeks(a.weeks);
    expect(weeklyPainTable(eight, a.painTrend, a.weeks)[2]?.slice(0, 4)).toEqual([null, null, null, null]);
    const two = analytics(
      [],
      [
        { date: '2026-11-17', painAverage: 5 },
        { date: '2026-11-24', painAverage: 3 },
      ],
    );
    expect(weeklyPainTable(two.weeks, two.painTrend, two.weeks)[2]?.every((v) => v === null)).toBe(true);
    expect(trendSummary(a.painTrend)).toBe(
      'Weekly average pain: down 1.3 points a week (95 % range -2 to -0.6), over 4 weeks. Your pain is easing.',
    );
    expect(trendSummary(analytics([]).painTrend)).toMatch(/^No check-ins yet/);
    expect(trendSummary(analytics([], [{ date: '2026-11-24', painAverage: 3 }]).painTrend)).toBe(
      'Check-ins in 1 week so far: the trend needs at least three.',
    );
  });
});

describe('time to relief', () => {
  const relief = (episodes: Episode[]) =>
    diaryAnalytics({ episodes, checkins: [], today: '2026-11-25', timeZone: 'UTC', weeks: 26 }).timeToRelief;

  it('charts the engine’s times, oldest first, and sums them up', () => {
    const a = makeEpisode({ startedAt: '2026-11-20T10:00:00Z', localDate: '2026-11-20', durationMinutes: 30 });
    const b = makeEpisode({ startedAt: '2026-11-18T10:00:00Z', endedAt: '2026-11-18T11:30:00Z' });
    const r = relief([a, b, makeEpisode({ startedAt: '2026-11-19T10:00:00Z' })]);
    expect(reliefTable(r.items)).toEqual([
      [Date.parse(b.startedAt) / 1000, Date.parse(a.startedAt) / 1000],
      [90, 30],
    ]);
    expect(reliefSummary(r, words)).toBe(
      'Typical time to relief: 60 min (the median of 2 spasms). Shortest 30 min, longest 90 min.',
    );
  });

  it('says calmly when nothing has an end yet', () => {
    expect(reliefSummary(relief([]), words)).toMatch(/^No spasm has an end time/);
    expect(reliefSummary(relief([makeEpisode({ durationMinutes: 5 })]), words)).toBe(
      'Typical time to relief: 5 min (the median of 1 spasm).',
    );
  });
});

describe('weekly PEG', () => {
  const peg = (pegs: { date: string; pain: number; enjoyment: number; activity: number }[]) =>
    diaryAnalytics({ episodes: [], checkins: [], pegs, today: '2026-11-25', timeZone: 'UTC', weeks: 26 }).peg;

  it('charts the scores and sums them up', () => {
    const p = peg([
      { date: '2026-11-23', pain: 4, enjoyment: 4, activity: 4 },
      { date: '2026-11-09', pain: 7, enjoyment: 7, activity: 8 },
    ]);
    expect(pegTable(p.entries)).toEqual([
      [noonOf('2026-11-09'), noonOf('2026-11-23')],
      [7.33, 4],
    ]);
    expect(pegSummary(p, words)).toBe(
      '2 answers: from 7.3 on [2026-11-09] to 4 on [2026-11-23] (out of 10; lower is better).',
    );
    expect(pegSummary(peg([{ date: '2026-11-23', pain: 4, enjoyment: 5, activity: 6 }]), words)).toBe(
      '1 answer: 5 out of 10 on [2026-11-23].',
    );
    expect(pegSummary(peg([]), words)).toMatch(/^No weekly questions answered yet/);
  });
});
