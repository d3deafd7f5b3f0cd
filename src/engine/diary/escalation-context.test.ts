import { describe, expect, it } from 'vitest';
import { CORE_KNOWLEDGE, DIARY_RULES } from '#knowledge';
import type { CheckinAnswers } from './escalate-checkin.ts';
import {
  checkEpisodeStart,
  diaryEscalation,
  type JudgedCheckin,
  runStart,
  type SavedCheck,
  savedCheckFor,
} from './escalation-context.ts';
import { addDays, afterLocalDayEverywhere, localDateIn } from './local-date.ts';

const GAP = DIARY_RULES.runGap.days;
const KIRITIMATI = 'Pacific/Kiritimati'; // UTC+14
const PAGO_PAGO = 'Pacific/Pago_Pago'; // UTC−11

const day = (date: string, over: Partial<CheckinAnswers> = {}): CheckinAnswers => ({
  date,
  painAverage: 5,
  gettingBetter: false,
  findings: [],
  unsure: [],
  ...over,
});
const judged = (date: string, timeZone = 'UTC', over: Partial<CheckinAnswers> = {}): JudgedCheckin => ({
  ...day(date, over),
  timeZone,
});
const check = (completedAt: string, intake: unknown = { age: 40, onsetDaysAgo: 2 }): SavedCheck => ({
  completedAt,
  intake,
});

describe('local dates', () => {
  it('reads an instant on the calendar of the zone given, not the runtime’s', () => {
    expect(localDateIn('2026-11-20T10:30:00Z', KIRITIMATI)).toBe('2026-11-21');
    expect(localDateIn('2026-11-21T10:30:00Z', PAGO_PAGO)).toBe('2026-11-20');
    expect(localDateIn('2026-11-21T10:30:00Z', PAGO_PAGO)).toBe('2026-11-20'); // formatter reused
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('gives an instant after the end of a local day in every zone from UTC−12 to UTC+14', () => {
    for (const date of ['2026-01-01', '2026-03-29', '2026-11-21', '2028-02-29']) {
      const bound = afterLocalDayEverywhere(date);
      for (const zone of ['Etc/GMT+12', PAGO_PAGO, 'UTC', KIRITIMATI]) {
        expect(localDateIn(new Date(Date.parse(bound) - 1).toISOString(), zone) > date).toBe(true);
      }
    }
  });
});

describe('runStart', () => {
  it('is undefined without check-ins and the day itself for one', () => {
    expect(runStart([])).toBeUndefined();
    expect(runStart([day('2026-11-20')])).toBe('2026-11-20');
  });

  it(`keeps a gap of exactly ${GAP} days in the run and ends it at one more day`, () => {
    const latest = '2026-11-20';
    expect(runStart([day(latest), day(addDays(latest, -GAP))])).toBe(addDays(latest, -GAP));
    expect(runStart([day(latest), day(addDays(latest, -GAP - 1))])).toBe(latest);
    expect(runStart([day(latest), day(addDays(latest, -3))], 2)).toBe(latest);
  });
});

describe('savedCheckFor', () => {
  const a = check('2026-11-10T09:00:00Z');
  const b = check('2026-11-18T09:00:00Z');
  const later = check('2026-11-22T09:00:00Z');

  it('is the check completed last by the end of the day, in any order', () => {
    expect(savedCheckFor([later, a, b], '2026-11-20', 'UTC')).toBe(b);
    expect(savedCheckFor([b, a], '2026-11-20', 'UTC')).toBe(b);
    expect(savedCheckFor([later], '2026-11-20', 'UTC')).toBeNull();
    expect(savedCheckFor([], '2026-11-20', 'UTC')).toBeNull();
  });

  it('counts the day in the check-in’s zone (UTC+14 and UTC−11)', () => {
    // 10:30 UTC on the 20th is already the 21st at UTC+14, still the 20th at UTC−11.
    const c = check('2026-11-20T10:30:00Z');
    expect(savedCheckFor([c], '2026-11-20', KIRITIMATI)).toBeNull();
    expect(savedCheckFor([c], '2026-11-21', KIRITIMATI)).toBe(c);
    // 10:30 UTC on the 21st is 23:30 on the 20th at UTC−11: the same local day.
    const d = check('2026-11-21T10:30:00Z');
    expect(savedCheckFor([d], '2026-11-20', PAGO_PAGO)).toBe(d);
    expect(savedCheckFor([d], '2026-11-20', 'UTC')).toBeNull();
  });
});

describe('checkEpisodeStart', () => {
  it('is the check’s local day minus onsetDaysAgo, in calendar days', () => {
    expect(checkEpisodeStart(null, 'UTC')).toBeUndefined();
    expect(checkEpisodeStart(check('2026-11-20T10:30:00Z', { onsetDaysAgo: 3 }), KIRITIMATI)).toBe('2026-11-18');
    expect(checkEpisodeStart(check('2026-11-21T10:30:00Z', { onsetDaysAgo: 3 }), PAGO_PAGO)).toBe('2026-11-17');
    // Across the spring clock change the count is still in calendar days.
    expect(checkEpisodeStart(check('2026-03-30T00:30:00+02:00', { onsetDaysAgo: 2 }), 'Europe/Berlin')).toBe(
      '2026-03-28',
    );
  });

  it('counts an implausibly long onset back about 270 years, never past what a date can hold', () => {
    const completed = check('2200-12-31T10:00:00Z', { onsetDaysAgo: Number.MAX_SAFE_INTEGER });
    expect(checkEpisodeStart(completed, 'UTC')).toBe('1927-03-18');
    expect(checkEpisodeStart(check('2026-11-20T10:00:00Z', { onsetDaysAgo: 100_001 }), 'UTC')).toBe('1753-02-04');
  });

  it('is undefined when the stored intake has no usable onset', () => {
    for (const intake of [
      null,
      'not an intake',
      {},
      { onsetDaysAgo: -1 },
      { onsetDaysAgo: 1.5 },
      { onsetDaysAgo: '2' },
    ]) {
      expect(checkEpisodeStart(check('2026-11-20T10:00:00Z', intake), 'UTC')).toBeUndefined();
    }
  });
});

describe('diaryEscalation', () => {
  it('without a check, starts the episode at the check-in itself', () => {
    const r = diaryEscalation(judged('2026-11-20'), [], null);
    expect(r).toMatchObject({ episodeStart: '2026-11-20', startFrom: 'first-checkin' });
    expect(r.context).toEqual({
      age: undefined,
      sex: undefined,
      episodeStart: '2026-11-20',
      previousRedFlags: [],
    });
    expect(r.escalation).toMatchObject({ disposition: 'self_care', dayOfEpisode: 0 });
  });

  it('without a check, counts from the first check-in of the latest run (stricter reading)', () => {
    const earlier = ['2026-06-01', '2026-10-20', '2026-10-30', '2026-11-10'].map((d) => day(d));
    const r = diaryEscalation(judged('2026-11-20'), earlier, null);
    expect(r).toMatchObject({ episodeStart: '2026-10-20', startFrom: 'first-checkin' });
    expect(r.escalation.dayOfEpisode).toBe(31);
    expect(r.escalation.disposition).toBe('see_doctor');
    expect(r.escalation.reasons.map((x) => x.rule)).toContain('rule/not-improving-4-weeks');
  });

  it(`reads a gap of exactly ${GAP} days as one run and one more day as a new one`, () => {
    const today = '2026-11-20';
    // A run that reaches back 28 days only through a gap of GAP days.
    const through = (gap: number) => [day(addDays(today, -gap)), day(addDays(today, -gap - (28 - gap)))];
    const kept = diaryEscalation(judged(today), through(GAP), null);
    expect(kept.episodeStart).toBe(addDays(today, -28));
    expect(kept.escalation.disposition).toBe('see_doctor');
    const broken = diaryEscalation(judged(today), [day(addDays(today, -GAP - 1)), day(addDays(today, -28))], null);
    expect(broken.episodeStart).toBe(today);
    expect(broken.escalation.disposition).toBe('self_care');
  });

  it('dates the episode from the check and takes age and sex from it', () => {
    const r = diaryEscalation(
      judged('2026-11-20'),
      [day('2026-11-19')],
      check('2026-10-20T12:00:00Z', { age: 72, sex: 'female', onsetDaysAgo: 2 }),
    );
    expect(r).toMatchObject({ episodeStart: '2026-10-18', startFrom: 'check' });
    expect(r.context).toMatchObject({ age: 72, sex: 'female', episodeStart: '2026-10-18' });
    expect(r.escalation.dayOfEpisode).toBe(33);
    expect(r.escalation.disposition).toBe('see_doctor');
  });

  it('ignores a check completed after the check-in’s local day', () => {
    const r = diaryEscalation(judged('2026-11-20'), [], check('2026-11-21T00:00:00Z', { age: 80, onsetDaysAgo: 60 }));
    expect(r).toMatchObject({ episodeStart: '2026-11-20', startFrom: 'first-checkin' });
    expect(r.context.age).toBeUndefined();
  });

  it('uses a check from late on the same local day far from UTC (UTC−11 and UTC+14)', () => {
    // 23:30 on the 20th at UTC−11 is 10:30 on the 21st in UTC.
    const west = diaryEscalation(
      judged('2026-11-20', PAGO_PAGO),
      [],
      check('2026-11-21T10:30:00Z', { age: 40, onsetDaysAgo: 30 }),
    );
    expect(west).toMatchObject({ episodeStart: '2026-10-21', startFrom: 'check' });
    expect(west.escalation.dayOfEpisode).toBe(30);
    // 00:30 on the 21st at UTC+14 is 10:30 on the 20th in UTC: a day too late for the 20th.
    const east = check('2026-11-20T10:30:00Z', { age: 40, onsetDaysAgo: 30 });
    expect(diaryEscalation(judged('2026-11-20', KIRITIMATI), [], east).startFrom).toBe('first-checkin');
    expect(diaryEscalation(judged('2026-11-21', KIRITIMATI), [], east)).toMatchObject({
      episodeStart: '2026-10-22',
      startFrom: 'check',
    });
  });

  it('falls back to the run when the check has no usable onset, still taking its age', () => {
    const r = diaryEscalation(judged('2026-11-20'), [day('2026-11-19')], check('2026-11-19T08:00:00Z', { age: 66 }));
    expect(r).toMatchObject({ episodeStart: '2026-11-19', startFrom: 'first-checkin' });
    expect(r.context.age).toBe(66);
  });

  it('names only the red flags that are new since the previous check-in, ignoring later check-ins', () => {
    const r = diaryEscalation(
      judged('2026-11-20', 'UTC', { findings: ['leg_weakness_progressive', 'saddle_numbness'] }),
      [
        day('2026-11-18', { findings: ['saddle_numbness'] }),
        day('2026-11-22', { findings: ['saddle_numbness'] }),
        day('2026-11-19', { findings: ['leg_weakness_progressive'] }),
      ],
      null,
      CORE_KNOWLEDGE,
    );
    expect(r.escalation.disposition).toBe('emergency');
    expect(r.context.previousRedFlags).not.toContain('cauda_equina');
    expect(r.escalation.newRedFlags).toEqual(['cauda_equina']);
    expect(r.episodeStart).toBe('2026-11-18');
  });

  it('takes the run gap from the rules passed in', () => {
    const rules = { runGap: { ...DIARY_RULES.runGap, days: 1 } };
    const r = diaryEscalation(judged('2026-11-20'), [day('2026-11-18')], null, CORE_KNOWLEDGE, rules);
    expect(r.episodeStart).toBe('2026-11-20');
  });
});
