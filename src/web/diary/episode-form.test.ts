import { describe, expect, it } from 'vitest';
import {
  DURATION_MAX,
  type EpisodeForm,
  episodeBody,
  formFromEpisode,
  minutesToRelief,
  NOTES_MAX,
  quickEpisodeBody,
  toggle,
} from './episode-form.ts';
import { toLocalInput } from './local-time.ts';
import type { Episode } from './types.ts';

const makeEpisode = (over: Partial<Episode> = {}): Episode => ({
  id: '5b0b6c1e-7a0e-4c4e-9d7e-2a3c3f1d9e11',
  startedAt: '2026-11-21T08:30:00.000Z',
  endedAt: null,
  durationMinutes: null,
  timeZone: 'Europe/London',
  localDate: '2026-11-21',
  intensity: 7,
  locations: ['saddle_area', 'lower_back_centre'],
  triggers: ['heavy_lifting'],
  reliefTried: [{ method: 'heat', helped: 2 }],
  notes: 'after the shopping',
  createdAt: '2026-11-21T08:31:00.000Z',
  updatedAt: '2026-11-21T08:31:00.000Z',
  ...over,
});

const makeForm = (over: Partial<EpisodeForm> = {}): EpisodeForm => ({ ...formFromEpisode(makeEpisode()), ...over });

describe('episode form', () => {
  it('round-trips an episode through the form to the same API body', () => {
    const e = makeEpisode({ endedAt: '2026-11-21T09:05:00.000Z' });
    const built = episodeBody(formFromEpisode(e));
    expect(built).toEqual({
      ok: true,
      body: {
        startedAt: e.startedAt,
        endedAt: e.endedAt,
        durationMinutes: null,
        timeZone: 'Europe/London',
        intensity: 7,
        locations: ['lower_back_centre', 'saddle_area'],
        triggers: ['heavy_lifting'],
        reliefTried: [{ method: 'heat', helped: 2 }],
        notes: 'after the shopping',
      },
    });
  });

  it('reads the end as unknown, an end time or a duration, never both', () => {
    expect(formFromEpisode(makeEpisode()).endMode).toBe('unknown');
    expect(formFromEpisode(makeEpisode({ durationMinutes: 40 }))).toMatchObject({
      endMode: 'duration',
      durationMinutes: '40',
    });
    const ended = formFromEpisode(makeEpisode({ endedAt: '2026-11-21T09:00:00.000Z' }));
    expect(ended.endMode).toBe('ended');
    expect(ended.endedAt).toBe(toLocalInput('2026-11-21T09:00:00.000Z'));
    const both = episodeBody({ ...ended, endMode: 'duration', durationMinutes: '15' });
    expect(both.ok && [both.body.endedAt, both.body.durationMinutes]).toEqual([null, 15]);
  });

  it('sends a duration in whole minutes and refuses anything else', () => {
    expect(episodeBody(makeForm({ endMode: 'duration', durationMinutes: ' 90 ' }))).toMatchObject({
      ok: true,
      body: { durationMinutes: 90, endedAt: null },
    });
    for (const bad of ['', '1.5', '-3', 'ten', String(DURATION_MAX + 1)])
      expect(episodeBody(makeForm({ endMode: 'duration', durationMinutes: bad }))).toMatchObject({
        ok: false,
        errors: [{ field: 'durationMinutes' }],
      });
  });

  it('names every problem with its field', () => {
    const r = episodeBody(
      makeForm({
        startedAt: 'yesterday',
        intensity: 11,
        endMode: 'ended',
        endedAt: '',
        notes: 'x'.repeat(NOTES_MAX + 1),
      }),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['startedAt', 'intensity', 'endedAt', 'notes']);
  });

  it('refuses an end before the start', () => {
    const r = episodeBody(makeForm({ startedAt: '2026-11-21T10:00', endMode: 'ended', endedAt: '2026-11-21T09:59' }));
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'endedAt', message: expect.stringMatching(/before/) }] });
  });

  it('keeps each method once and the codes in catalogue order', () => {
    const r = episodeBody(
      makeForm({
        locations: ['foot_left', 'lower_back_left'],
        triggers: ['low_activity', 'prolonged_sitting'],
        reliefTried: [
          { method: 'cold', helped: 1 },
          { method: 'cold', helped: 3 },
          { method: 'walking', helped: 0 },
        ],
      }),
    );
    expect(r.ok && r.body).toMatchObject({
      locations: ['lower_back_left', 'foot_left'],
      triggers: ['prolonged_sitting', 'low_activity'],
      reliefTried: [
        { method: 'cold', helped: 1 },
        { method: 'walking', helped: 0 },
      ],
    });
  });

  it('logs "spasm now" with the instant, the zone and nothing else', () => {
    const now = new Date('2026-11-21T23:59:00.000Z');
    expect(quickEpisodeBody(4, now, 'Asia/Tokyo')).toEqual({
      startedAt: '2026-11-21T23:59:00.000Z',
      endedAt: null,
      durationMinutes: null,
      timeZone: 'Asia/Tokyo',
      intensity: 4,
      locations: [],
      triggers: [],
      reliefTried: [],
      notes: '',
    });
  });

  it('works out the minutes to relief from a duration or an end time', () => {
    const base = { startedAt: '2026-11-21T08:00:00Z' };
    expect(minutesToRelief({ ...base, endedAt: null, durationMinutes: 12 })).toBe(12);
    expect(minutesToRelief({ ...base, endedAt: '2026-11-21T09:30:00Z', durationMinutes: null })).toBe(90);
    expect(minutesToRelief({ ...base, endedAt: null, durationMinutes: null })).toBeNull();
    expect(minutesToRelief({ ...base, endedAt: '2026-11-21T07:00:00Z', durationMinutes: null })).toBeNull();
  });

  it('toggles a value on and off', () => {
    expect(toggle(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggle(['a'], 'a', true)).toEqual(['a']);
  });
});
