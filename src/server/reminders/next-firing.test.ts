import { describe, expect, it } from 'vitest';
import { defaultReminderSettings, type ReminderSettings } from '#contract';
import { firingMinutes, instantOfWallTime, nextFiring, type ReminderKind } from './next-firing.ts';

const settings = (timeZone: string, change: (s: ReminderSettings) => void = () => undefined): ReminderSettings => {
  const s = structuredClone(defaultReminderSettings(timeZone));
  s.checkin.enabled = true;
  s.peg.enabled = true;
  s.deskBreak.enabled = true;
  change(s);
  return s;
};

const next = (s: ReminderSettings, kind: ReminderKind, after: string) =>
  nextFiring(s, kind, new Date(after))?.toISOString();

/** The firings of `kind` after `after`, one after another. */
function chain(s: ReminderSettings, kind: ReminderKind, after: string, n: number): string[] {
  const out: string[] = [];
  let at = new Date(after);
  for (let i = 0; i < n; i++) {
    const t = nextFiring(s, kind, at);
    if (!t) break;
    out.push(t.toISOString());
    at = t;
  }
  return out;
}

describe('nextFiring: the daily check-in', () => {
  const london = settings('Europe/London', (s) => {
    s.checkin.time = '20:00';
  });

  it('fires later the same day, or the next day once the time has passed (strictly after)', () => {
    expect(next(london, 'checkin', '2026-06-01T12:00:00Z')).toBe('2026-06-01T19:00:00.000Z');
    expect(next(london, 'checkin', '2026-06-01T19:00:00Z')).toBe('2026-06-02T19:00:00.000Z');
    expect(next(london, 'checkin', '2026-12-01T19:59:59Z')).toBe('2026-12-01T20:00:00.000Z');
  });

  it('stays at 20:00 local across both daylight-saving changes in London', () => {
    expect(chain(london, 'checkin', '2026-03-27T21:00:00Z', 3)).toEqual([
      '2026-03-28T20:00:00.000Z', // GMT
      '2026-03-29T19:00:00.000Z', // BST from 01:00 that morning
      '2026-03-30T19:00:00.000Z',
    ]);
    expect(chain(london, 'checkin', '2026-10-23T21:00:00Z', 3)).toEqual([
      '2026-10-24T19:00:00.000Z',
      '2026-10-25T20:00:00.000Z', // GMT again from 02:00 BST that morning
      '2026-10-26T20:00:00.000Z',
    ]);
  });

  it('moves a time skipped by spring-forward later by the jump, and fires a repeated time once', () => {
    const early = settings('Europe/London', (s) => {
      s.checkin.time = '01:30';
    });
    // 29 March 2026: 01:00 GMT jumps to 02:00 BST, so 01:30 does not exist; it fires at 02:30 BST.
    expect(next(early, 'checkin', '2026-03-28T12:00:00Z')).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date('2026-03-29T01:30:00Z').toLocaleTimeString('en-GB', { timeZone: 'Europe/London' })).toBe(
      '02:30:00',
    );
    // 25 October 2026: 01:30 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT): only the first.
    expect(chain(early, 'checkin', '2026-10-24T12:00:00Z', 2)).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('does the same in New York (second Sunday of March, first Sunday of November)', () => {
    const ny = settings('America/New_York', (s) => {
      s.checkin.time = '02:30';
    });
    // 8 March 2026: 02:00 EST jumps to 03:00 EDT; 02:30 fires at 03:30 EDT (07:30 UTC).
    expect(chain(ny, 'checkin', '2026-03-07T12:00:00Z', 3)).toEqual([
      '2026-03-08T07:30:00.000Z',
      '2026-03-09T06:30:00.000Z',
      '2026-03-10T06:30:00.000Z',
    ]);
    const evening = settings('America/New_York', (s) => {
      s.checkin.time = '01:30';
    });
    // 1 November 2026: 01:30 happens at 05:30 UTC (EDT) and 06:30 UTC (EST): only the first.
    expect(chain(evening, 'checkin', '2026-10-31T12:00:00Z', 3)).toEqual([
      '2026-11-01T05:30:00.000Z',
      '2026-11-02T06:30:00.000Z',
      '2026-11-03T06:30:00.000Z',
    ]);
  });

  it('works far from UTC and in half-hour zones', () => {
    const kolkata = settings('Asia/Kolkata', (s) => {
      s.checkin.time = '08:15';
    });
    expect(next(kolkata, 'checkin', '2026-06-01T00:00:00Z')).toBe('2026-06-01T02:45:00.000Z');
    const auckland = settings('Pacific/Auckland', (s) => {
      s.checkin.time = '00:00';
    });
    expect(next(auckland, 'checkin', '2026-06-01T11:59:00Z')).toBe('2026-06-01T12:00:00.000Z');
  });

  it('never fires when it is off', () => {
    const off = settings('UTC', (s) => {
      s.checkin.enabled = false;
      s.peg.enabled = false;
      s.deskBreak.enabled = false;
    });
    for (const kind of ['checkin', 'peg', 'deskBreak'] as const) {
      expect(nextFiring(off, kind, new Date('2026-06-01T00:00:00Z'))).toBeUndefined();
    }
  });
});

describe('nextFiring: the weekly PEG', () => {
  it('fires on its weekday only, a week apart, at the local time', () => {
    const s = settings('Europe/London', (x) => {
      x.peg.weekday = 7;
      x.peg.time = '19:00';
    });
    // Monday 23 March 2026 → Sunday 29 March (BST), then Sunday 5 April.
    expect(chain(s, 'peg', '2026-03-23T09:00:00Z', 2)).toEqual([
      '2026-03-29T18:00:00.000Z',
      '2026-04-05T18:00:00.000Z',
    ]);
    // On the day, before and after the time.
    expect(next(s, 'peg', '2026-03-29T17:59:00Z')).toBe('2026-03-29T18:00:00.000Z');
    expect(next(s, 'peg', '2026-03-29T18:00:00Z')).toBe('2026-04-05T18:00:00.000Z');
  });

  it('counts weekdays in the local zone, not in UTC', () => {
    // Monday 08:00 in Auckland is still Sunday in UTC.
    const s = settings('Pacific/Auckland', (x) => {
      x.peg.weekday = 1;
      x.peg.time = '08:00';
    });
    expect(next(s, 'peg', '2026-06-06T00:00:00Z')).toBe('2026-06-07T20:00:00.000Z');
    expect(
      new Date('2026-06-07T20:00:00Z').toLocaleDateString('en-GB', { timeZone: 'Pacific/Auckland', weekday: 'long' }),
    ).toBe('Monday');
  });
});

describe('nextFiring: desk breaks', () => {
  const s = settings('Europe/London', (x) => {
    x.deskBreak = { enabled: true, everyMinutes: 45, from: '09:00', to: '11:00', weekdaysOnly: true };
  });

  it('nudges after each stretch of sitting within the window, then waits for the next working day', () => {
    // Friday 5 June 2026 (BST).
    expect(chain(s, 'deskBreak', '2026-06-05T06:00:00Z', 3)).toEqual([
      '2026-06-05T08:45:00.000Z', // 09:45
      '2026-06-05T09:30:00.000Z', // 10:30
      '2026-06-08T08:45:00.000Z', // Monday 09:45: no weekend nudges
    ]);
  });

  it('includes the end of the window when a stretch ends exactly there, and weekends when asked', () => {
    const hourly = settings('UTC', (x) => {
      x.deskBreak = { enabled: true, everyMinutes: 60, from: '09:00', to: '11:00', weekdaysOnly: false };
    });
    // Saturday 6 June 2026.
    expect(chain(hourly, 'deskBreak', '2026-06-06T00:00:00Z', 3)).toEqual([
      '2026-06-06T10:00:00.000Z',
      '2026-06-06T11:00:00.000Z',
      '2026-06-07T10:00:00.000Z',
    ]);
  });

  it('never fires when no stretch fits in the window', () => {
    const short = settings('UTC', (x) => {
      x.deskBreak = { enabled: true, everyMinutes: 60, from: '09:00', to: '09:30', weekdaysOnly: false };
    });
    expect(nextFiring(short, 'deskBreak', new Date('2026-06-06T00:00:00Z'))).toBeUndefined();
    expect(firingMinutes(short, 'deskBreak', { year: 2026, month: 6, day: 6 })).toEqual([]);
  });

  it('keeps wall-clock times in a window that spans a change (New York, 8 March 2026)', () => {
    const night = settings('America/New_York', (x) => {
      x.deskBreak = { enabled: true, everyMinutes: 30, from: '01:00', to: '03:30', weekdaysOnly: false };
    });
    // 01:30, 02:00 (skipped → 03:00), 02:30 (skipped → 03:30), 03:00, 03:30 EDT: in time order,
    // each instant once.
    expect(chain(night, 'deskBreak', '2026-03-08T05:00:00Z', 4)).toEqual([
      '2026-03-08T06:30:00.000Z', // 01:30 EST
      '2026-03-08T07:00:00.000Z', // 02:00 → 03:00 EDT
      '2026-03-08T07:30:00.000Z', // 02:30 → 03:30 EDT (and 03:30 itself)
      '2026-03-09T05:30:00.000Z', // 01:30 EDT the next night
    ]);
  });
});

describe('instantOfWallTime', () => {
  it('is the identity in UTC and a fixed shift in a zone without changes', () => {
    const wall = Date.UTC(2026, 0, 1, 12, 0);
    expect(instantOfWallTime(wall, 'UTC')).toBe(wall);
    expect(new Date(instantOfWallTime(wall, 'Asia/Tokyo')).toISOString()).toBe('2026-01-01T03:00:00.000Z');
  });
});
