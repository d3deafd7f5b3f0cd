// The reminders form: its state (the settings without the time zone, which is always this
// device's), the body for PUT /api/reminders or what is wrong with it, and the words the page
// uses for times, intervals and failed requests. Pure.
import { DESK_BREAK_MINUTES, type ReminderSettings } from '#contract';
import type { Problem } from '../api-client.ts';

export type ReminderForm = Omit<ReminderSettings, 'timeZone'>;

export type ReminderField = 'checkin.time' | 'peg.time' | 'deskBreak.from' | 'deskBreak.to' | 'deskBreak.everyMinutes';

/** Top to bottom, as on the page (the first one with a problem takes focus). */
export const REMINDER_FIELDS: readonly ReminderField[] = [
  'checkin.time',
  'peg.time',
  'deskBreak.everyMinutes',
  'deskBreak.from',
  'deskBreak.to',
];

export type FieldProblem = { field: ReminderField; message: string };

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The intervals offered for desk breaks (the contract allows any whole minute from 20 to 240). */
export const DESK_BREAK_CHOICES = [20, 30, 45, 60, 90, 120, 180, 240] as const;

export function formFromSettings(settings: ReminderSettings): ReminderForm {
  const { timeZone: _zone, ...form } = settings;
  return form;
}

/** "20:00" from an <input type="time"> value ("20:00" or "20:00:00"), or null when it is not a time. */
export function clockTime(value: string): string | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?$/.exec(value.trim());
  return m ? `${m[1]}:${m[2]}` : null;
}

/** The intervals to offer: the usual ones, and the stored one if it is another. */
export function deskBreakChoices(current: number): number[] {
  const choices: number[] = [...DESK_BREAK_CHOICES];
  if (!choices.includes(current)) choices.push(current);
  return choices.sort((a, b) => a - b);
}

/** "45 minutes", "1 hour", "1 hour 30 minutes", "4 hours". */
export function intervalLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : `${hours} hour${hours === 1 ? '' : 's'}`;
  const m = rest === 0 ? '' : `${rest} minute${rest === 1 ? '' : 's'}`;
  return [h, m].filter(Boolean).join(' ');
}

/**
 * The body for PUT /api/reminders, or the problems to show. A reminder that is off keeps its
 * times but is not checked: a time left empty there goes back to the one it had before.
 */
export function settingsFromForm(
  form: ReminderForm,
  timeZone: string,
  before: ReminderForm,
): { ok: true; settings: ReminderSettings } | { ok: false; errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  const time = (field: ReminderField, value: string, enabled: boolean, fallback: string, what: string): string => {
    const parsed = clockTime(value);
    if (parsed !== null) return parsed;
    if (enabled) errors.push({ field, message: `Enter ${what}, for example 20:00.` });
    return clockTime(fallback) ?? '12:00';
  };
  const { checkin, peg, deskBreak } = form;
  const checkinTime = time('checkin.time', checkin.time, checkin.enabled, before.checkin.time, 'the time');
  const pegTime = time('peg.time', peg.time, peg.enabled, before.peg.time, 'the time');
  const from = time('deskBreak.from', deskBreak.from, deskBreak.enabled, before.deskBreak.from, 'when to start');
  const to = time('deskBreak.to', deskBreak.to, deskBreak.enabled, before.deskBreak.to, 'when to stop');
  let everyMinutes = deskBreak.everyMinutes;
  if (
    !Number.isInteger(everyMinutes) ||
    everyMinutes < DESK_BREAK_MINUTES.min ||
    everyMinutes > DESK_BREAK_MINUTES.max
  ) {
    if (deskBreak.enabled)
      errors.push({
        field: 'deskBreak.everyMinutes',
        message: `Choose a break every ${DESK_BREAK_MINUTES.min} to ${DESK_BREAK_MINUTES.max} minutes.`,
      });
    everyMinutes = before.deskBreak.everyMinutes;
  }
  let span = { from, to };
  if (!(from < to)) {
    const timeProblem = errors.some((e) => e.field === 'deskBreak.from' || e.field === 'deskBreak.to');
    if (deskBreak.enabled && !timeProblem)
      errors.push({ field: 'deskBreak.to', message: 'The end must be later in the day than the start.' });
    if (!deskBreak.enabled) span = { from: before.deskBreak.from, to: before.deskBreak.to };
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      timeZone,
      checkin: { enabled: checkin.enabled, time: checkinTime },
      peg: { enabled: peg.enabled, weekday: peg.weekday, time: pegTime },
      deskBreak: { enabled: deskBreak.enabled, everyMinutes, ...span, weekdaysOnly: deskBreak.weekdaysOnly },
    },
  };
}

/** One line per reminder that is on, for the "saved" message. */
export function describeSettings(settings: ReminderSettings): string[] {
  const lines: string[] = [];
  const { checkin, peg, deskBreak } = settings;
  if (checkin.enabled) lines.push(`Daily check-in at ${checkin.time}.`);
  if (peg.enabled) lines.push(`Weekly questions on ${WEEKDAYS[peg.weekday - 1] ?? 'Sunday'} at ${peg.time}.`);
  if (deskBreak.enabled)
    lines.push(
      `A break every ${intervalLabel(deskBreak.everyMinutes)} from ${deskBreak.from} to ${deskBreak.to}${deskBreak.weekdaysOnly ? ', Monday to Friday' : ', every day'}.`,
    );
  return lines;
}

/** A failed request of this page in plain words (what happened and what to do next). */
export function reminderProblemText(
  failure: { status: number; problem: Pick<Problem, 'detail'>; offline: boolean },
  doing: string,
): string {
  if (failure.offline)
    return `You seem to be offline, so ${doing} did not work. Check your connection, then try again.`;
  if (failure.status === 401) return `You have been signed out, so ${doing} did not work. Please sign in again.`;
  if (failure.status === 429) return 'Too many tries in a short time. Please wait a minute, then try again.';
  if (failure.status >= 500) return 'Something went wrong on our side. Please try again in a minute.';
  return failure.problem.detail;
}
