// When a reminder fires next: pure, given the settings and an instant, with no clock of its own.
// Times are wall-clock times in the person's time zone (Intl does the zone arithmetic), so a
// 20:00 check-in stays at 20:00 across daylight-saving changes. A wall time that does not exist
// (skipped by a spring-forward change) fires as much later as the clock jumped (01:30 → 02:30);
// one that happens twice (fall back) fires the first time only.
import type { ReminderSettings } from '#contract';

export const REMINDER_KINDS = ['checkin', 'peg', 'deskBreak'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

type LocalDate = { year: number; month: number; day: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `instant`, as if it were UTC (milliseconds, whole seconds). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** How far `timeZone`'s clock is ahead of UTC at `instant`, in milliseconds. */
const offsetAt = (instant: number, timeZone: string): number =>
  wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000;

/** The instant the wall clock in `timeZone` shows `wall` (a wall time written as UTC ms). */
export function instantOfWallTime(wall: number, timeZone: string): number {
  // The offsets a day either side are the ones before and after any change near `wall`.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => wallClock(t, timeZone) === wall);
  // Twice (fall back): the first. Never (spring forward): shifted later by the jump.
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
const isoWeekday = (d: LocalDate): number => ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;

function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The wall-clock minutes of the day at which `kind` fires on `date`, earliest first. */
export function firingMinutes(settings: ReminderSettings, kind: ReminderKind, date: LocalDate): number[] {
  const weekday = isoWeekday(date);
  switch (kind) {
    case 'checkin':
      return [minutesOf(settings.checkin.time)];
    case 'peg':
      return weekday === settings.peg.weekday ? [minutesOf(settings.peg.time)] : [];
    case 'deskBreak': {
      const { from, to, everyMinutes, weekdaysOnly } = settings.deskBreak;
      if (weekdaysOnly && weekday > 5) return [];
      // A nudge after each stretch of `everyMinutes` from the start of the day's window.
      const minutes: number[] = [];
      for (let m = minutesOf(from) + everyMinutes; m <= minutesOf(to); m += everyMinutes) minutes.push(m);
      return minutes;
    }
  }
}

/** Whether the person has `kind` turned on. */
export const isEnabled = (settings: ReminderSettings, kind: ReminderKind): boolean => settings[kind].enabled;

/**
 * The first instant strictly after `after` at which `kind` fires, or undefined when it is off.
 * Looks at most eight local days ahead, enough for a weekly reminder.
 */
export function nextFiring(settings: ReminderSettings, kind: ReminderKind, after: Date): Date | undefined {
  if (!isEnabled(settings, kind)) return undefined;
  const { timeZone } = settings;
  const now = after.getTime();
  const today = new Date(wallClock(now, timeZone));
  const start: LocalDate = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
  // From the day before: a skipped wall time just before midnight can land after it.
  for (let i = -1; i <= 8; i++) {
    const date = addDays(start, i);
    const midnight = Date.UTC(date.year, date.month - 1, date.day);
    const later = firingMinutes(settings, kind, date)
      .map((m) => instantOfWallTime(midnight + m * MINUTE_MS, timeZone))
      .filter((t) => t > now);
    if (later.length > 0) return new Date(Math.min(...later));
  }
  return undefined;
}
