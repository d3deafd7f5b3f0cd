// Calendar weeks over local dates (YYYY-MM-DD): weeks start on Monday, as in ISO 8601. Day
// numbers are counted with integer arithmetic (days from 1970-01-01, Hinnant's civil-calendar
// algorithms), which is much cheaper than building Date objects for every entry of a long diary.

/** Days from 1970-01-01 to a local date (YYYY-MM-DD); negative before it. */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The local date (YYYY-MM-DD) `days` after 1970-01-01. */
export function dateOfDay(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The Monday on or before a local date. 1970-01-01 was a Thursday. */
export function weekStart(date: string): string {
  const n = dayNumber(date);
  return dateOfDay(n - ((((n + 3) % 7) + 7) % 7));
}

/** The Mondays of the `weeks` calendar weeks that end with the week of `today`, oldest first. */
export function weekStarts(today: string, weeks: number): string[] {
  const last = dayNumber(weekStart(today));
  return Array.from({ length: weeks }, (_, i) => dateOfDay(last - 7 * (weeks - 1 - i)));
}
