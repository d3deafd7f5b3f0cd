import { describe, expect, it } from 'vitest';
import { DIARY_PATTERNS } from '#knowledge';
import type { DiaryCheckin, DiaryEpisode } from './diary-input.ts';
import { diaryPatterns, fillTemplate, painWorse, spasmsAfterQuiet } from './diary-patterns.ts';

// 2026-11-25 is a Wednesday: this week starts 2026-11-23, last week 2026-11-16, before 2026-11-09.
const today = '2026-11-25';
const week = (start: string, pains: readonly number[]): DiaryCheckin[] =>
  pains.map((painAverage, i) => ({
    date: `${start.slice(0, 8)}${String(Number(start.slice(8)) + i).padStart(2, '0')}`,
    painAverage,
  }));
const spasm = (localDate: string, i = 0): DiaryEpisode => ({
  id: `${localDate}-${i}`,
  startedAt: `${localDate}T12:00:00Z`,
  localDate,
  intensity: 6,
});

describe('weekly pain worse than the week before', () => {
  it('fires at a rise of exactly 2 points, and not just below', () => {
    const at = painWorse([...week('2026-11-16', [3, 3]), ...week('2026-11-23', [5, 5])], today);
    expect(at).toMatchObject({
      id: 'diary/pain-worse-than-last-week',
      values: { weekStart: '2026-11-23', current: 5, previous: 3 },
      sources: DIARY_PATTERNS.painWorse.sources,
    });
    expect(at?.why).toBe(
      'Your average pain in the week starting 2026-11-23 was 5 out of 10, up from 3 the week before. A rise of 2 points or 30 % is a change people notice.',
    );
    // 7 → 8.5 (1.5 points, 21 %): neither.
    expect(painWorse([...week('2026-11-16', [7]), ...week('2026-11-23', [8, 9])], today)).toBeNull();
  });

  it('fires at a rise of exactly 30 %, and not just below', () => {
    // 5 → 6.5: 1.5 points, 30 %.
    expect(painWorse([...week('2026-11-16', [5]), ...week('2026-11-23', [6, 7])], today)).not.toBeNull();
    // 10/3 → 13/3 (1 point, 30 % exactly, with thirds): fires despite rounding.
    expect(painWorse([...week('2026-11-16', [3, 3, 4]), ...week('2026-11-23', [4, 4, 5])], today)).not.toBeNull();
    // 5 → 6.4 (28 %): no. Day means give 6.4 from 5 days.
    expect(painWorse([...week('2026-11-16', [5]), ...week('2026-11-23', [6, 6, 7, 7, 6])], today)).toBeNull();
  });

  it('uses only the 2-point rule when the week before had no pain', () => {
    expect(painWorse([...week('2026-11-16', [0]), ...week('2026-11-23', [1])], today)).toBeNull();
    expect(painWorse([...week('2026-11-16', [0]), ...week('2026-11-23', [2])], today)).not.toBeNull();
  });

  it('never fires for pain that stayed the same or eased', () => {
    expect(painWorse([...week('2026-11-16', [0]), ...week('2026-11-23', [0])], today)).toBeNull();
    expect(painWorse([...week('2026-11-16', [6]), ...week('2026-11-23', [3])], today)).toBeNull();
  });

  it('compares last week with the one before when this week has no check-in yet', () => {
    const p = painWorse([...week('2026-11-09', [2]), ...week('2026-11-16', [5])], today);
    expect(p?.values).toEqual({ weekStart: '2026-11-16', current: 5, previous: 2 });
    // Nothing in the week before the latest: no comparison.
    expect(painWorse(week('2026-11-23', [9]), today)).toBeNull();
    // Weeks further back are not "the week before".
    expect(painWorse([...week('2026-11-02', [1]), ...week('2026-11-16', [9])], today)).toBeNull();
    expect(painWorse([], today)).toBeNull();
  });

  it('writes dates and numbers with the words given', () => {
    const p = painWorse([...week('2026-11-16', [3]), ...week('2026-11-23', [6])], today, undefined, {
      day: (d) => `[${d}]`,
      number: (x) => x.toFixed(2),
    });
    expect(p?.why).toContain('week starting [2026-11-23] was 6.00 out of 10, up from 3.00');
  });
});

describe('spasms after a quiet month', () => {
  // Window: 2026-10-27 .. 2026-11-25 (30 days); quiet month 2026-09-27 .. 2026-10-26.
  const covered = [{ date: '2026-09-27', painAverage: 2 }];
  const three = [spasm('2026-10-27'), spasm('2026-11-10'), spasm('2026-11-25')];

  it('fires at 3 spasms in the last 30 days after 30 days without one, with the count', () => {
    const p = spasmsAfterQuiet({ episodes: three, checkins: covered, today, timeZone: 'UTC' });
    expect(p).toMatchObject({ id: 'diary/spasms-after-quiet-month', values: { count: 3, since: '2026-10-27' } });
    expect(p?.why).toBe('You logged 3 spasms in the last 30 days, after 30 days without one.');
  });

  it('does not fire for 2 spasms, or for a spasm a day before the window', () => {
    expect(spasmsAfterQuiet({ episodes: three.slice(1), checkins: covered, today, timeZone: 'UTC' })).toBeNull();
    const outside = [spasm('2026-10-26'), ...three.slice(1), spasm('2026-11-24')];
    expect(spasmsAfterQuiet({ episodes: outside, checkins: covered, today, timeZone: 'UTC' })).toBeNull();
  });

  it('does not fire when a spasm fell in the quiet month, on its first or last day', () => {
    for (const day of ['2026-09-27', '2026-10-26'])
      expect(
        spasmsAfterQuiet({ episodes: [...three, spasm(day)], checkins: covered, today, timeZone: 'UTC' }),
      ).toBeNull();
  });

  it('needs the diary to have covered the quiet month (an entry on or before its first day)', () => {
    expect(spasmsAfterQuiet({ episodes: three, checkins: [], today, timeZone: 'UTC' })).toBeNull();
    expect(
      spasmsAfterQuiet({ episodes: three, checkins: [{ date: '2026-09-28', painAverage: 1 }], today, timeZone: 'UTC' }),
    ).toBeNull();
    expect(
      spasmsAfterQuiet({ episodes: [...three, spasm('2026-09-26')], checkins: [], today, timeZone: 'UTC' }),
    ).not.toBeNull();
  });

  it('ignores spasms after today, and reads a missing local day in the zone given', () => {
    const future = [spasm('2026-10-27'), spasm('2026-11-10'), spasm('2026-11-26')];
    expect(spasmsAfterQuiet({ episodes: future, checkins: covered, today, timeZone: 'UTC' })).toBeNull();
    const noDay = { id: 'x', startedAt: '2026-11-25T23:30:00Z', intensity: 5 };
    const two = three.slice(0, 2);
    expect(spasmsAfterQuiet({ episodes: [...two, noDay], checkins: covered, today, timeZone: 'UTC' })).not.toBeNull();
    expect(
      spasmsAfterQuiet({ episodes: [...two, noDay], checkins: covered, today, timeZone: 'Europe/Berlin' }),
    ).toBeNull();
  });
});

describe('all diary patterns', () => {
  it('lists those that hold, pain first', () => {
    const checkins = [{ date: '2026-09-27', painAverage: 2 }, ...week('2026-11-16', [2]), ...week('2026-11-23', [6])];
    const episodes = [spasm('2026-10-27'), spasm('2026-11-10'), spasm('2026-11-25')];
    expect(diaryPatterns({ episodes, checkins, today, timeZone: 'UTC' }).map((p) => p.id)).toEqual([
      'diary/pain-worse-than-last-week',
      'diary/spasms-after-quiet-month',
    ]);
    expect(diaryPatterns({ episodes: [], checkins: [], today, timeZone: 'UTC' })).toEqual([]);
  });

  it('fills templates, leaving unknown names alone', () => {
    expect(fillTemplate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});
