import { describe, expect, it } from 'vitest';
import { restoreOutbox } from './diary-outbox.ts';
import { restoreRememberedUser } from './diary-session.ts';

const episode = {
  startedAt: '2026-11-21T08:30:00.000Z',
  endedAt: null,
  durationMinutes: null,
  timeZone: 'Europe/London',
  intensity: 7,
  locations: [],
  triggers: [],
  reliefTried: [],
  notes: '',
};
const checkin = {
  date: '2026-11-21',
  timeZone: 'UTC',
  painAverage: 3,
  interferenceActivity: 2,
  interferenceSleep: 1,
  gettingBetter: true,
  findings: ['fever'],
  unsure: [],
};
const item = (kind: string, body: unknown, localId = kind) => ({
  kind,
  localId,
  userId: 'u1',
  queuedAt: '2026-11-21T08:30:00.000Z',
  body,
});

describe('outbox restore', () => {
  it('keeps well-formed entries in order', () => {
    const raw = { schemaVersion: 1, items: [item('episode', episode), item('checkin', checkin)] };
    expect(restoreOutbox(raw)).toEqual(raw);
  });

  it('drops malformed entries and unknown codes, keeps one check-in per day', () => {
    const r = restoreOutbox({
      schemaVersion: 1,
      items: [
        item('episode', { ...episode, intensity: 12 }, 'bad-intensity'),
        item('episode', { ...episode, startedAt: 'now' }, 'bad-start'),
        item('episode', {
          ...episode,
          locations: ['saddle_area', 'elbow'],
          reliefTried: [{ method: 'heat', helped: 7 }],
        }),
        item('note', {}, 'unknown-kind'),
        { ...item('checkin', checkin, 'no-user'), userId: undefined },
        item('checkin', { ...checkin, painAverage: 9 }, 'first'),
        item('checkin', { ...checkin, unsure: ['fever', 'chest_pain'] }, 'second'),
      ],
    });
    expect(r.items.map((i) => i.localId)).toEqual(['episode', 'second']);
    expect(r.items[0]?.body).toMatchObject({ locations: ['saddle_area'], reliefTried: [] });
    expect(r.items[1]?.body).toMatchObject({ findings: ['fever'], unsure: ['chest_pain'] });
  });

  it('starts empty from anything else', () => {
    for (const raw of [null, undefined, 'x', { schemaVersion: 2, items: [item('episode', episode)] }])
      expect(restoreOutbox(raw)).toEqual({ schemaVersion: 1, items: [] });
  });
});

describe('remembered user restore', () => {
  it('keeps the id and name, nothing else', () => {
    expect(restoreRememberedUser({ schemaVersion: 1, userId: 'u1', name: 'Sam', email: 'x' })).toEqual({
      schemaVersion: 1,
      userId: 'u1',
      name: 'Sam',
    });
    expect(restoreRememberedUser({ schemaVersion: 1, userId: '' })).toBeNull();
    expect(restoreRememberedUser(null)).toBeNull();
  });
});
