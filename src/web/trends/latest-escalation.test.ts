import { describe, expect, it } from 'vitest';
import { runStart } from '#engine';
import { latestEscalation } from '../diary/latest-escalation.ts';
import type { Checkin } from '../diary/types.ts';
import { bannerTitle } from './banner-title.ts';

const makeCheckin = (date: string, over: Partial<Checkin> = {}): Checkin => ({
  date,
  timeZone: 'UTC',
  painAverage: 5,
  interferenceActivity: 4,
  interferenceSleep: 3,
  gettingBetter: false,
  findings: [],
  unsure: [],
  createdAt: `${date}T20:00:00.000Z`,
  updatedAt: `${date}T20:00:00.000Z`,
  ...over,
});

describe('latest escalation', () => {
  it('is null without check-ins', () => {
    expect(latestEscalation([], [])).toBeNull();
  });

  it('asks for a doctor when not improving 4 weeks after the saved check dated the start', () => {
    const check = { completedAt: '2026-10-20T12:00:00.000Z', intake: { age: 40, onsetDaysAgo: 2 } };
    const r = latestEscalation([makeCheckin('2026-11-20'), makeCheckin('2026-11-19')], [check]);
    expect(r?.checkin.date).toBe('2026-11-20');
    expect(r?.startFrom).toBe('check');
    expect(r?.escalation.disposition).toBe('see_doctor');
    expect(r?.escalation.dayOfEpisode).toBeGreaterThanOrEqual(32);
    expect(r && bannerTitle(r.escalation)).toBe('Not improving after 4 weeks: book a doctor');
  });

  it('stays calm when it is getting better', () => {
    const check = { completedAt: '2026-10-20T12:00:00.000Z', intake: { age: 40, onsetDaysAgo: 2 } };
    const r = latestEscalation([makeCheckin('2026-11-20', { gettingBetter: true })], [check]);
    expect(r?.escalation.disposition).toBe('self_care');
  });

  it('without a saved check, counts from the first check-in of the latest unbroken run', () => {
    const checkins = [
      makeCheckin('2026-06-01'), // an older run, more than 14 days before the next
      ...['2026-10-20', '2026-10-30', '2026-11-10', '2026-11-20'].map((d) => makeCheckin(d)),
    ];
    expect(runStart([...checkins].reverse())).toBe('2026-10-20');
    const r = latestEscalation(checkins, []);
    expect(r).toMatchObject({ startFrom: 'first-checkin', episodeStart: '2026-10-20' });
    expect(r?.escalation.dayOfEpisode).toBe(31);
    expect(r?.escalation.disposition).toBe('see_doctor');
  });

  it('names only red flags that are new since the previous check-in', () => {
    const r = latestEscalation(
      [
        makeCheckin('2026-11-20', { findings: ['leg_weakness_progressive', 'saddle_numbness'] }),
        makeCheckin('2026-11-19', { findings: ['leg_weakness_progressive'] }),
      ],
      [{ completedAt: '2026-11-18T10:00:00Z', intake: 'not an intake' }],
    );
    expect(r?.escalation.disposition).toBe('emergency');
    expect(r?.escalation.newRedFlags).toEqual(['cauda_equina']);
    expect(r && bannerTitle(r.escalation)).toMatch(/emergency/);
  });

  it('titles the same-day and other doctor banners', () => {
    const urgent = latestEscalation([makeCheckin('2026-11-20', { findings: ['numbness_spreading'] })], []);
    expect(urgent && bannerTitle(urgent.escalation)).toBe('Speak to a doctor today');
    const chronic = latestEscalation(
      [makeCheckin('2026-11-20', { gettingBetter: true })],
      [{ completedAt: '2026-11-20T10:00:00Z', intake: { onsetDaysAgo: 100, sex: 'female' } }],
    );
    expect(chronic && bannerTitle(chronic.escalation)).toBe('Pain for more than 12 weeks: book a doctor');
    const unsure = latestEscalation(
      [makeCheckin('2026-11-20', { gettingBetter: true, unsure: ['unable_to_walk'] })],
      [],
    );
    expect(unsure && bannerTitle(unsure.escalation)).toBe('Book a doctor');
  });

  it('judges the latest check-in in its own time zone, with the check that applies to its day', () => {
    // 23:30 on 20 November at UTC−11 is 10:30 on the 21st in UTC: the same local day there.
    const late = { completedAt: '2026-11-21T10:30:00Z', intake: { age: 40, onsetDaysAgo: 30 } };
    const after = { completedAt: '2026-11-21T12:00:00Z', intake: { age: 40, onsetDaysAgo: 0 } };
    const r = latestEscalation([makeCheckin('2026-11-20', { timeZone: 'Pacific/Pago_Pago' })], [after, late]);
    expect(r).toMatchObject({ startFrom: 'check', episodeStart: '2026-10-21' });
    expect(r?.escalation.disposition).toBe('see_doctor');
    // The same instants are the next day at UTC+14: neither check applies to the 20th there.
    const east = latestEscalation([makeCheckin('2026-11-20', { timeZone: 'Pacific/Kiritimati' })], [after, late]);
    expect(east).toMatchObject({ startFrom: 'first-checkin', episodeStart: '2026-11-20' });
  });
});
