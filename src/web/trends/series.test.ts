import { describe, expect, it } from 'vitest';
import type { Checkin, Episode } from '../diary/types.ts';
import {
  median,
  noonOf,
  painSummary,
  painTable,
  reliefSummary,
  reliefTable,
  reliefTimes,
  weeklyCounts,
  weeklySummary,
  weeklyTable,
  weekStart,
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

describe('spasms per week', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(weekStart('2026-11-22')).toBe('2026-11-16'); // Sunday
    expect(weekStart('2026-01-01')).toBe('2025-12-29'); // across a year end
  });

  it('counts by local day, including empty weeks, ending this week', () => {
    const weeks = weeklyCounts(
      [
        makeEpisode({ localDate: '2026-11-22' }),
        makeEpisode({ localDate: '2026-11-16' }),
        makeEpisode({ localDate: '2026-11-02' }),
        // Late on Sunday in its own zone, though already Monday in UTC: counts in the Sunday's week.
        makeEpisode({ startedAt: '2026-11-09T02:00:00Z', localDate: '2026-11-08' }),
      ],
      '2026-11-25',
      { minWeeks: 4 },
    );
    expect(weeks).toEqual([
      { weekStart: '2026-11-02', count: 2 },
      { weekStart: '2026-11-09', count: 0 },
      { weekStart: '2026-11-16', count: 2 },
      { weekStart: '2026-11-23', count: 0 },
    ]);
    expect(weeklyTable(weeks)).toEqual([
      ['2026-11-05', '2026-11-12', '2026-11-19', '2026-11-26'].map(noonOf),
      [2, 0, 2, 0],
    ]);
    expect(weeklySummary(weeks, words)).toBe(
      '0 spasms this week, 2 last week; 4 in the last 4 weeks. Most in the week starting [2026-11-02] (2).',
    );
  });

  it('shows at least minWeeks and at most maxWeeks', () => {
    expect(weeklyCounts([], '2026-11-25')).toHaveLength(8);
    const old = weeklyCounts([makeEpisode({ localDate: '2025-01-01' })], '2026-11-25', { maxWeeks: 26 });
    expect(old).toHaveLength(26);
    expect(old.every((w) => w.count === 0)).toBe(true);
    expect(weeklySummary(old, words)).toBe('0 spasms this week, 0 last week; 0 in the last 26 weeks.');
  });
});

describe('time to relief', () => {
  it('uses the duration or the end time, oldest first, and skips the rest', () => {
    const a = makeEpisode({ startedAt: '2026-11-20T10:00:00Z', durationMinutes: 30 });
    const b = makeEpisode({ startedAt: '2026-11-18T10:00:00Z', endedAt: '2026-11-18T11:30:00Z' });
    const c = makeEpisode({ startedAt: '2026-11-19T10:00:00Z' });
    const relief = reliefTimes([a, b, c]);
    expect(relief.map((r) => [r.id, r.minutes])).toEqual([
      [b.id, 90],
      [a.id, 30],
    ]);
    expect(reliefTable(relief)).toEqual([
      [Date.parse(b.startedAt) / 1000, Date.parse(a.startedAt) / 1000],
      [90, 30],
    ]);
    expect(reliefSummary(relief, words)).toBe(
      'Typical time to relief: 60 min (the median of 2 spasms). Shortest 30 min, longest 90 min.',
    );
  });

  it('says calmly when nothing has an end yet', () => {
    expect(reliefSummary([], words)).toMatch(/^No spasm has an end time/);
    expect(reliefSummary(reliefTimes([makeEpisode({ durationMinutes: 5 })]), words)).toBe(
      'Typical time to relief: 5 min (the median of 1 spasm).',
    );
  });

  it('takes the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
