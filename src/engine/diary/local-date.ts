// Local calendar dates (YYYY-MM-DD) from instants, in an IANA time zone passed in: never the
// runtime's own zone and never the clock.

const formats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date (YYYY-MM-DD) of an instant (ISO 8601 with an offset) in `timeZone`. */
export function localDateIn(instant: string, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD. Formatters are costly to build, so each zone's is kept.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** A local calendar date moved by whole days (YYYY-MM-DD in and out). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * An instant no earlier than the end of local day `date` in any time zone (UTC−12 to UTC+14):
 * a query for instants before it finds every one that falls on or before that local day, and
 * some that do not, which `localDateIn` then tells apart.
 */
export function afterLocalDayEverywhere(date: string): string {
  return `${addDays(date, 2)}T00:00:00.000Z`;
}
