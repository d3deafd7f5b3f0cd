import { describe, expect, it } from 'vitest';
import { restoreCheckinDraft, restoreEpisodeDraft } from './diary-drafts.ts';

describe('check-in draft restore', () => {
  it('keeps a well-formed draft', () => {
    const raw = {
      schemaVersion: 1,
      form: {
        date: '2026-11-21',
        painAverage: 5,
        interferenceActivity: 0,
        interferenceSleep: 10,
        gettingBetter: false,
        redFlags: { fever: 'unsure', chest_pain: 'no' },
      },
    };
    expect(restoreCheckinDraft(raw)).toEqual(raw);
  });

  it('repairs bad fields and drops unknown codes and answers', () => {
    const r = restoreCheckinDraft({
      schemaVersion: 1,
      form: {
        date: '2026-11-21',
        painAverage: 11,
        interferenceActivity: 2.5,
        interferenceSleep: '3',
        gettingBetter: 'yes',
        redFlags: { fever: 'maybe', made_up: 'yes', saddle_numbness: 'yes' },
      },
    });
    expect(r?.form).toEqual({
      date: '2026-11-21',
      painAverage: null,
      interferenceActivity: null,
      interferenceSleep: null,
      gettingBetter: null,
      redFlags: { saddle_numbness: 'yes' },
    });
  });

  it('drops what is not a version-1 draft', () => {
    for (const raw of [null, 'x', [], { schemaVersion: 2, form: {} }, { schemaVersion: 1, form: { date: 'today' } }])
      expect(restoreCheckinDraft(raw)).toBeNull();
  });
});

describe('episode draft restore', () => {
  const form = {
    startedAt: '2026-11-21T08:30',
    timeZone: 'Europe/London',
    intensity: 6,
    locations: ['saddle_area'],
    triggers: ['heavy_lifting'],
    reliefTried: [{ method: 'heat', helped: 2 }],
    endMode: 'duration',
    endedAt: '',
    durationMinutes: '30',
    notes: 'hi',
  };

  it('keeps a well-formed draft', () => {
    const raw = { schemaVersion: 1, episodeId: 'e1', updatedAt: '2026-11-21T08:31:00Z', form };
    expect(restoreEpisodeDraft(raw)).toEqual(raw);
  });

  it('fills defaults and drops unknown codes, duplicates and bad helped values', () => {
    const r = restoreEpisodeDraft({
      schemaVersion: 1,
      episodeId: 'e1',
      form: {
        ...form,
        timeZone: 3,
        locations: ['saddle_area', 'moon'],
        reliefTried: [{ method: 'heat', helped: 9 }, { method: 'heat', helped: 1 }, { method: 'magic' }, 'x'],
        endMode: 'sometime',
        endedAt: 'soon',
        notes: undefined,
      },
    });
    expect(r).toMatchObject({
      updatedAt: '',
      form: {
        timeZone: 'UTC',
        locations: ['saddle_area'],
        reliefTried: [{ method: 'heat', helped: 0 }],
        endMode: 'unknown',
        endedAt: '',
        notes: '',
      },
    });
  });

  it('drops a draft without an episode, a start or an intensity', () => {
    expect(restoreEpisodeDraft({ schemaVersion: 1, form })).toBeNull();
    expect(restoreEpisodeDraft({ schemaVersion: 1, episodeId: 'e1', form: { ...form, startedAt: '' } })).toBeNull();
    expect(restoreEpisodeDraft({ schemaVersion: 1, episodeId: 'e1', form: { ...form, intensity: -1 } })).toBeNull();
  });
});
