import { describe, expect, it } from 'vitest';
import { EXERCISES } from '#knowledge';
import { chooseRelief } from './relief-choice.ts';

describe('chooseRelief', () => {
  it('offers every timer and exercise without a plan', () => {
    const all = chooseRelief(null, EXERCISES);
    expect(all).toEqual({ timers: ['heat', 'cold'], exercises: EXERCISES, fromPlan: false });
  });

  it('offers only what the plan holds', () => {
    const some = chooseRelief(['cold', 'walking', 'stay_active'], EXERCISES);
    expect(some.timers).toEqual(['cold']);
    expect(some.exercises.map((e) => e.planCode)).toEqual(['walking']);
    expect(some.fromPlan).toBe(true);
    expect(chooseRelief([], EXERCISES)).toEqual({ timers: [], exercises: [], fromPlan: true });
  });
});
