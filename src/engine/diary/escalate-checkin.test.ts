import { describe, expect, it } from 'vitest';
import { daysBetween, escalateCheckin } from './escalate-checkin.ts';

const calm = { date: '2026-11-21', painAverage: 3, gettingBetter: true, findings: [], unsure: [] } as const;

describe('escalateCheckin', () => {
  it('stays at self-care for a calm check-in', () => {
    const e = escalateCheckin(calm, { age: 40, episodeStart: '2026-11-18' });
    expect(e).toMatchObject({ disposition: 'self_care', redFlags: [], newRedFlags: [], reasons: [], dayOfEpisode: 3 });
  });

  it('reports a new red flag at once, with its reason', () => {
    const e = escalateCheckin({ ...calm, findings: ['saddle_numbness'] }, { age: 40, previousRedFlags: [] });
    expect(e.disposition).toBe('emergency');
    expect(e.newRedFlags).toEqual(['cauda_equina']);
    expect(e.reasons[0]?.text).toMatch(/cauda equina/);
  });

  it('does not call an already reported red flag new', () => {
    const e = escalateCheckin({ ...calm, findings: ['osteoporosis'] }, { previousRedFlags: ['fracture'] });
    expect(e.redFlags.map((f) => f.code)).toEqual(['fracture']);
    expect(e.newRedFlags).toEqual([]);
  });

  it('meets the not-improving-after-4-weeks rule from the episode start', () => {
    const e = escalateCheckin(
      { ...calm, date: '2026-12-20', gettingBetter: false },
      { age: 40, episodeStart: '2026-11-21' },
    );
    expect(e.dayOfEpisode).toBe(29);
    expect(e.disposition).toBe('see_doctor');
    expect(e.reasons.map((r) => r.rule)).toContain('rule/not-improving-4-weeks');
  });

  it('ignores a getting_better code in the re-asked findings and counts dates in local days', () => {
    const e = escalateCheckin({ ...calm, findings: ['getting_better'], unsure: ['getting_better'] }, {});
    expect(e.disposition).toBe('self_care');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(escalateCheckin(calm, { episodeStart: '2026-12-01' }).dayOfEpisode).toBe(0);
  });
});
