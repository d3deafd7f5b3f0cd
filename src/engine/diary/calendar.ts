// Calendar weeks over local dates (YYYY-MM-DD): weeks start on Monday, as in ISO 8601.
import { addDays } from './local-date.ts';

/** The Monday on or before a local date. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

/** The Mondays of the `weeks` calendar weeks that end with the week of `today`, oldest first. */
export function weekStarts(today: string, weeks: number): string[] {
  const last = weekStart(today);
  return Array.from({ length: weeks }, (_, i) => addDays(last, -7 * (weeks - 1 - i)));
}
