import { describe, expect, it } from 'vitest';
import { defaultReminderSettings, ReminderSettingsSchema } from '#contract';
import {
  clockTime,
  describeSettings,
  deskBreakChoices,
  formFromSettings,
  intervalLabel,
  type ReminderForm,
  reminderProblemText,
  settingsFromForm,
} from './reminder-form.ts';

const ZONE = 'Europe/London';
const stored = defaultReminderSettings(ZONE);
const before = formFromSettings(stored);
const withForm = (patch: (f: ReminderForm) => void): ReminderForm => {
  const form = structuredClone(before);
  patch(form);
  return form;
};

describe('formFromSettings and settingsFromForm', () => {
  it('round-trip stored settings into a body the contract accepts, in the time zone given', () => {
    const r = settingsFromForm(before, 'Asia/Tokyo', before);
    expect(r).toEqual({ ok: true, settings: { ...stored, timeZone: 'Asia/Tokyo' } });
    if (r.ok) expect(ReminderSettingsSchema.safeParse(r.settings).success).toBe(true);
  });

  it('turns the check-in on at the time typed, with seconds dropped', () => {
    const form = withForm((f) => {
      f.checkin = { enabled: true, time: '07:45:00' };
    });
    const r = settingsFromForm(form, ZONE, before);
    expect(r.ok && r.settings.checkin).toEqual({ enabled: true, time: '07:45' });
  });

  it('asks for a time a reminder that is on does not have', () => {
    const form = withForm((f) => {
      f.checkin = { enabled: true, time: '' };
      f.peg = { enabled: true, weekday: 3, time: '25:00' };
    });
    expect(settingsFromForm(form, ZONE, before)).toEqual({
      ok: false,
      errors: [
        { field: 'checkin.time', message: 'Enter the time, for example 20:00.' },
        { field: 'peg.time', message: 'Enter the time, for example 20:00.' },
      ],
    });
  });

  it('keeps the earlier time of a reminder that is off when its box was emptied', () => {
    const form = withForm((f) => {
      f.checkin = { enabled: false, time: '' };
      f.deskBreak = { ...f.deskBreak, from: '18:00', to: '08:00' };
    });
    const r = settingsFromForm(form, ZONE, before);
    expect(r.ok && r.settings.checkin).toEqual({ enabled: false, time: '20:00' });
    expect(r.ok && [r.settings.deskBreak.from, r.settings.deskBreak.to]).toEqual(['09:00', '17:00']);
  });

  it('needs desk breaks to end later in the day than they start, and a whole interval from 20 to 240 minutes', () => {
    const backwards = withForm((f) => {
      f.deskBreak = { ...f.deskBreak, enabled: true, from: '17:00', to: '09:00' };
    });
    expect(settingsFromForm(backwards, ZONE, before)).toEqual({
      ok: false,
      errors: [{ field: 'deskBreak.to', message: 'The end must be later in the day than the start.' }],
    });
    const emptyStart = withForm((f) => {
      f.deskBreak = { ...f.deskBreak, enabled: true, from: '' };
    });
    const r = settingsFromForm(emptyStart, ZONE, before);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['deskBreak.from']);
    for (const everyMinutes of [10, 241, 45.5, Number.NaN]) {
      const form = withForm((f) => {
        f.deskBreak = { ...f.deskBreak, enabled: true, everyMinutes };
      });
      const bad = settingsFromForm(form, ZONE, before);
      expect(!bad.ok && bad.errors.map((e) => e.field)).toEqual(['deskBreak.everyMinutes']);
    }
  });

  it('sends every setting the contract accepts for any time of day', () => {
    for (const time of ['00:00', '09:05', '12:30', '23:59']) {
      const form = withForm((f) => {
        f.checkin = { enabled: true, time };
        f.peg = { enabled: true, weekday: 1, time };
      });
      const r = settingsFromForm(form, ZONE, before);
      expect(r.ok && ReminderSettingsSchema.safeParse(r.settings).success).toBe(true);
    }
  });
});

describe('words', () => {
  it('reads clock times from a time input', () => {
    expect(clockTime('20:00')).toBe('20:00');
    expect(clockTime('06:07:08.123')).toBe('06:07');
    expect(clockTime('6:07')).toBeNull();
    expect(clockTime('24:00')).toBeNull();
    expect(clockTime('')).toBeNull();
  });

  it('names intervals', () => {
    expect(intervalLabel(20)).toBe('20 minutes');
    expect(intervalLabel(60)).toBe('1 hour');
    expect(intervalLabel(90)).toBe('1 hour 30 minutes');
    expect(intervalLabel(121)).toBe('2 hours 1 minute');
    expect(intervalLabel(240)).toBe('4 hours');
  });

  it('offers the usual intervals, and a stored one that is not among them', () => {
    expect(deskBreakChoices(45)).toEqual([20, 30, 45, 60, 90, 120, 180, 240]);
    expect(deskBreakChoices(50)).toEqual([20, 30, 45, 50, 60, 90, 120, 180, 240]);
  });

  it('describes the reminders that are on', () => {
    expect(describeSettings(stored)).toEqual([]);
    expect(
      describeSettings({
        ...stored,
        checkin: { enabled: true, time: '21:15' },
        peg: { enabled: true, weekday: 1, time: '08:00' },
        deskBreak: { ...stored.deskBreak, enabled: true, everyMinutes: 90, weekdaysOnly: false },
      }),
    ).toEqual([
      'Daily check-in at 21:15.',
      'Weekly questions on Monday at 08:00.',
      'A break every 1 hour 30 minutes from 09:00 to 17:00, every day.',
    ]);
  });

  it('says what went wrong with a request and what to do', () => {
    const problem = { detail: 'Please correct this field: checkin.time must be a time of day such as "20:00".' };
    expect(reminderProblemText({ status: 0, problem, offline: true }, 'saving')).toMatch(
      /^You seem to be offline, so saving/,
    );
    expect(reminderProblemText({ status: 401, problem, offline: false }, 'saving')).toMatch(
      /signed out.*sign in again/,
    );
    expect(reminderProblemText({ status: 429, problem, offline: false }, 'saving')).toMatch(/wait a minute/);
    expect(reminderProblemText({ status: 503, problem, offline: false }, 'saving')).toMatch(/on our side/);
    expect(reminderProblemText({ status: 400, problem, offline: false }, 'saving')).toBe(problem.detail);
  });
});
