import { describe, expect, it } from 'vitest';
import { assess } from '#engine';
import { NEXT_HOUR } from '#knowledge';
import { pickNextHour, startLink } from './next-hour.ts';

const lifting = assess({
  age: 34,
  sex: 'male',
  onsetDaysAgo: 2,
  painNow: 6,
  previousEpisodes: 0,
  findings: ['heavy_lifting', 'onset_during_lift_or_twist'],
  unsure: [],
});

describe('pickNextHour', () => {
  it('takes plan items in the knowledge order, at most max', () => {
    const picked = pickNextHour(lifting.plan);
    expect(picked.map((p) => p.code)).toEqual(['heat', 'stay_active', 'walking']);
    expect(picked.length).toBeLessThanOrEqual(NEXT_HOUR.max);
  });

  it('never offers an item the plan does not hold', () => {
    const noHeat = lifting.plan.filter((p) => p.code !== 'heat');
    const picked = pickNextHour(noHeat);
    expect(picked.map((p) => p.code)).toEqual(['stay_active', 'walking', 'short_rest_position']);
    expect(pickNextHour([])).toEqual([]);
    expect(pickNextHour(lifting.plan, { order: ['call_emergency'], max: 3 })).toEqual([]);
  });

  it('links a timer or an exercise one tap away', () => {
    const [heat, stay, walking] = pickNextHour(lifting.plan);
    expect(heat && startLink(heat)).toEqual({ href: '/relief/heat', label: 'Start heat timer' });
    expect(stay && startLink(stay)).toBeNull();
    expect(walking && startLink(walking)).toEqual({ href: '/exercise/walking', label: 'Start exercise' });
  });
});
