import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, weekStart } from './calendar.ts';
import { addDays } from './local-date.ts';

describe('day numbers', () => {
  it('count from 1970-01-01, across leap days and centuries', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(dateOfDay(0)).toBe('1970-01-01');
    expect(dateOfDay(dayNumber('2200-12-31'))).toBe('2200-12-31');
  });

  it('agree with Date for every day from 1900 to 2200, and weeks start on Monday (10,000 runs)', () => {
    const first = dayNumber('1900-01-01');
    const last = dayNumber('2200-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const date = addDays('1970-01-01', n);
        expect(dayNumber(date)).toBe(n);
        expect(dateOfDay(n)).toBe(date);
        const monday = weekStart(date);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(dayNumber(date) - dayNumber(monday)).toBeLessThan(7);
        expect(dayNumber(date) - dayNumber(monday)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 10_000 },
    );
  });
});
