// Dates and instants the API accepts. Every date is bounded to a range PostgreSQL stores and a
// person could mean: year 0, five-digit years and the ends of JavaScript's Date range are refused
// here, with a message, instead of failing deep in the database.

import { z } from 'zod';

/** The earliest local date (YYYY-MM-DD) and instant (from 00:00 UTC) the API accepts. */
export const EARLIEST_DATE = '1900-01-01';
/** The latest local date (YYYY-MM-DD) and instant (to 23:59:59.999 UTC) the API accepts. */
export const LATEST_DATE = '2200-12-31';

const EARLIEST_MS = Date.parse(`${EARLIEST_DATE}T00:00:00.000Z`);
const LATEST_MS = Date.parse(`${LATEST_DATE}T23:59:59.999Z`);
const RANGE = `from ${EARLIEST_DATE} to ${LATEST_DATE}`;
// `abort`: a value that is not a date at all gets one message, not also the range's.

/** True for a YYYY-MM-DD date within the accepted range. */
export const isDateInRange = (date: string): boolean => date >= EARLIEST_DATE && date <= LATEST_DATE;

/** True for an instant (anything Date.parse reads) within the accepted range. */
export function isInstantInRange(instant: string): boolean {
  const ms = Date.parse(instant);
  return ms >= EARLIEST_MS && ms <= LATEST_MS;
}

/** A local calendar date, YYYY-MM-DD, from 1900-01-01 to 2200-12-31. */
export const LocalDateSchema = z.iso
  .date({ error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isDateInRange, { error: `must be a date ${RANGE}` })
  .describe(`A local calendar date, YYYY-MM-DD, ${RANGE}.`);

/** An instant with its offset (e.g. 2026-11-21T08:30:00Z), from 1900-01-01 to 2200-12-31 UTC. */
export const InstantSchema = z.iso
  .datetime({ offset: true, error: 'must be a date-time with a time zone, e.g. 2026-11-21T08:30:00Z', abort: true })
  .refine(isInstantInRange, { error: `must be a date-time ${RANGE}` })
  .describe(`A date-time with a time zone (e.g. 2026-11-21T08:30:00Z), ${RANGE}.`);
