import { describe, expect, it } from 'vitest';
import { addDays, formatMinutes, fromLocalInput, localDate, toLocalInput } from './local-time.ts';

// These run in whatever zone the test process has (UTC in CI, and a far-from-UTC zone in one
// job), so they compare against the same zone's own Date arithmetic rather than fixed strings.
describe('local time', () => {
  it('round-trips an instant through a datetime-local value (to the minute)', () => {
    for (const iso of ['2026-11-21T08:30:00.000Z', '2026-03-29T01:15:00.000Z', '2026-12-31T23:59:00.000Z']) {
      const value = toLocalInput(iso);
      expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(fromLocalInput(value)).toBe(iso);
    }
  });

  it('reads a datetime-local value as local time', () => {
    expect(fromLocalInput('2026-11-21T08:30')).toBe(new Date(2026, 10, 21, 8, 30).toISOString());
  });

  it('refuses values that are not a date and time', () => {
    for (const bad of ['', '2026-11-21', '2026-02-30T10:00', '21/11/2026 10:00', '2026-11-21T8:30'])
      expect(fromLocalInput(bad)).toBeNull();
    expect(toLocalInput('not a date')).toBe('');
  });

  it('gives the local calendar day', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('moves a calendar day across month and year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('says durations in words', () => {
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(130)).toBe('2 hours 10 minutes');
    expect(formatMinutes(1440)).toBe('1 day');
    expect(formatMinutes(3000)).toBe('2 days 2 hours');
  });
});
