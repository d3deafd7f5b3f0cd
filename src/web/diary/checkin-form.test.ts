import { describe, expect, it } from 'vitest';
import { CAUDA_EQUINA_FINDINGS } from '#knowledge';
import {
  type CheckinForm,
  checkinBody,
  emptyCheckinForm,
  escalateForm,
  formFromCheckin,
  interrupts,
  moreUrgent,
  noneOfThese,
  RED_FLAG_QUESTIONS,
} from './checkin-form.ts';
import type { Checkin } from './types.ts';

const complete = (over: Partial<CheckinForm> = {}): CheckinForm => ({
  ...noneOfThese(emptyCheckinForm('2026-11-21')),
  painAverage: 4,
  interferenceActivity: 3,
  interferenceSleep: 2,
  gettingBetter: true,
  ...over,
});

describe('check-in questions', () => {
  it('asks the emergency group again plus progressive leg signs, fever and walking, each once', () => {
    const codes = RED_FLAG_QUESTIONS.map((q) => q.code);
    for (const c of CAUDA_EQUINA_FINDINGS) expect(codes).toContain(c);
    for (const c of [
      'chest_pain',
      'leg_weakness_progressive',
      'numbness_spreading',
      'fever',
      'unable_to_walk',
    ] as const)
      expect(codes).toContain(c);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes[0]).toBe('saddle_numbness');
  });
});

describe('check-in body', () => {
  it('lists yes answers as findings and not-sure answers as unsure', () => {
    const form = complete({ redFlags: { ...complete().redFlags, fever: 'yes', unable_to_walk: 'unsure' } });
    const r = checkinBody(form, 'Europe/Paris');
    expect(r).toEqual({
      ok: true,
      body: {
        date: '2026-11-21',
        timeZone: 'Europe/Paris',
        painAverage: 4,
        interferenceActivity: 3,
        interferenceSleep: 2,
        gettingBetter: true,
        findings: ['fever'],
        unsure: ['unable_to_walk'],
      },
    });
  });

  it('says what is still missing, including open warning-sign questions', () => {
    const r = checkinBody(emptyCheckinForm('2026-11-21'), 'UTC');
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual([
      'painAverage',
      'interferenceActivity',
      'interferenceSleep',
      'gettingBetter',
      'redFlagsAll',
    ]);
    expect(!r.ok && r.errors.at(-1)?.message).toContain(`${RED_FLAG_QUESTIONS.length} still open`);
  });

  it('saves a partial check-in at once when a warning sign interrupts it', () => {
    const form = { ...complete(), redFlags: { saddle_numbness: 'yes' as const } };
    expect(checkinBody(form, 'UTC').ok).toBe(false);
    expect(checkinBody(form, 'UTC', { partial: true })).toMatchObject({
      ok: true,
      body: { findings: ['saddle_numbness'], unsure: [] },
    });
  });

  it('round-trips a stored check-in', () => {
    const stored: Checkin = {
      date: '2026-11-20',
      timeZone: 'UTC',
      painAverage: 6,
      interferenceActivity: 5,
      interferenceSleep: 7,
      gettingBetter: false,
      findings: ['numbness_spreading'],
      unsure: ['saddle_numbness'],
      createdAt: '2026-11-20T20:00:00Z',
      updatedAt: '2026-11-20T20:00:00Z',
    };
    const form = formFromCheckin(stored);
    expect(form.redFlags.chest_pain).toBe('no');
    const r = checkinBody(form, 'UTC');
    expect(r.ok && r.body).toMatchObject({
      findings: ['numbness_spreading'],
      unsure: ['saddle_numbness'],
      gettingBetter: false,
    });
  });

  it('"I have none of these" answers only the open questions', () => {
    const form = noneOfThese({ ...emptyCheckinForm('2026-11-21'), redFlags: { fever: 'yes' } });
    expect(form.redFlags.fever).toBe('yes');
    expect(RED_FLAG_QUESTIONS.every((q) => form.redFlags[q.code] !== undefined)).toBe(true);
  });
});

describe('check-in escalation in the browser', () => {
  it('goes straight to the emergency screen for a saddle-area answer, even "not sure"', () => {
    const yes = escalateForm({ ...emptyCheckinForm('2026-11-21'), redFlags: { saddle_numbness: 'yes' } });
    expect(yes.disposition).toBe('emergency');
    expect(interrupts(yes)).toBe(true);
    const unsure = escalateForm({ ...emptyCheckinForm('2026-11-21'), redFlags: { saddle_numbness: 'unsure' } });
    expect(unsure.disposition).toBe('emergency');
  });

  it('goes to the same-day screen for a weakening leg', () => {
    const e = escalateForm({ ...emptyCheckinForm('2026-11-21'), redFlags: { leg_weakness_progressive: 'yes' } });
    expect(e.disposition).toBe('urgent');
    expect(interrupts(e)).toBe(true);
    expect(e.newRedFlags).toEqual(['progressive_neuro_deficit']);
  });

  it('does not interrupt a calm check-in', () => {
    const e = escalateForm(complete());
    expect(e.disposition).toBe('self_care');
    expect(interrupts(e)).toBe(false);
  });

  it('asks for a doctor when not improving after 4 weeks', () => {
    const e = escalateForm(complete({ gettingBetter: false }), { episodeStart: '2026-10-20' });
    expect(e.disposition).toBe('see_doctor');
    expect(interrupts(e)).toBe(false);
    expect(e.reasons.map((r) => r.rule)).toContain('rule/not-improving-4-weeks');
  });

  it('keeps the more urgent of two answers, preferring the first when equal', () => {
    const calm = escalateForm(complete());
    const emergency = escalateForm({ ...complete(), redFlags: { chest_pain: 'yes' } });
    expect(moreUrgent(calm, emergency)).toBe(emergency);
    expect(moreUrgent(emergency, calm)).toBe(emergency);
    const other = escalateForm(complete({ painAverage: 1 }));
    expect(moreUrgent(calm, other)).toBe(calm);
  });
});
