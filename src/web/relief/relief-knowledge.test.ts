import { describe, expect, it } from 'vitest';
import { ALL_EXERCISES, findExercise, RELIEF_ITEMS, RELIEF_LIMITS } from './relief-knowledge.ts';

describe('the knowledge the relief tools rely on', () => {
  it('has a heat and a cold timer within the safety limits', () => {
    expect(RELIEF_LIMITS).not.toBeNull();
    expect(RELIEF_ITEMS.heat?.timer.maxTemperatureC).toBeLessThanOrEqual(40);
    expect(RELIEF_ITEMS.cold?.timer.maxMinutes).toBeLessThanOrEqual(20);
    expect(RELIEF_ITEMS.cold?.timer.restMinutes).toBeGreaterThan(0);
    for (const item of [RELIEF_ITEMS.heat, RELIEF_ITEMS.cold]) {
      expect(item?.timer.defaultMinutes).toBeLessThanOrEqual(item?.timer.maxMinutes ?? 0);
      expect(item?.steps.length).toBeGreaterThan(0);
      expect(item?.cautions.length).toBeGreaterThan(0);
    }
  });

  it('finds every exercise by its id, and nothing else', () => {
    expect(ALL_EXERCISES.map((e) => e.id).sort()).toEqual([
      'exercise/gentle-stretch',
      'exercise/knee-to-chest',
      'exercise/pelvic-tilt',
      'exercise/single-leg-raise',
      'exercise/walking',
    ]);
    for (const e of ALL_EXERCISES) expect(findExercise(e.id)).toBe(e);
    expect(findExercise('exercise/handstand')).toBeNull();
  });
});
