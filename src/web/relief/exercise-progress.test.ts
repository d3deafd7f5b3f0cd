import { describe, expect, it } from 'vitest';
import {
  canUndo,
  type Dose,
  doneRep,
  freshProgress,
  goToStep,
  isResting,
  localDay,
  repLabel,
  restart,
  restRemainingMs,
  skipRest,
  undoRep,
} from './exercise-progress.ts';

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const DOSE: Dose = { reps: 3, sets: 2, restSeconds: 30 };

const repeat = (times: number, p = freshProgress('2026-01-15')) => {
  let next = p;
  for (let i = 0; i < times; i += 1) next = doneRep(next, DOSE, T0);
  return next;
};

describe('the rep counter', () => {
  it('labels the rep about to be done', () => {
    expect(repLabel(freshProgress('d'), { reps: 10, sets: 2, restSeconds: 30 })).toBe('Rep 1 of 10, set 1 of 2');
    expect(repLabel(repeat(2), DOSE)).toBe('Rep 3 of 3, set 1 of 2');
    expect(repLabel(freshProgress('d'), { reps: 3, sets: 1, restSeconds: 0 })).toBe('Rep 1 of 3');
  });

  it('rests between sets, then completes after the last rep of the last set', () => {
    const afterSet1 = repeat(3);
    expect(afterSet1).toMatchObject({ repsDone: 0, set: 2, restEndsAt: T0 + 30_000, complete: false });
    expect(isResting(afterSet1, T0 + 29_999)).toBe(true);
    expect(restRemainingMs(afterSet1, T0 + 10_000)).toBe(20_000);
    expect(isResting(afterSet1, T0 + 30_000)).toBe(false);
    expect(isResting(skipRest(afterSet1), T0)).toBe(false);
    const done = repeat(3, afterSet1);
    expect(done).toMatchObject({ repsDone: 3, set: 2, complete: true, restEndsAt: null });
    expect(doneRep(done, DOSE, T0)).toBe(done);
    expect(restRemainingMs(done, T0)).toBe(0);
  });

  it('has no rest when the exercise has none', () => {
    const p = doneRep(freshProgress('d'), { reps: 1, sets: 2, restSeconds: 0 }, T0);
    expect(p).toMatchObject({ set: 2, restEndsAt: null });
  });

  it('undoes a mis-tap, across a set boundary and from the end', () => {
    expect(canUndo(freshProgress('d'))).toBe(false);
    expect(undoRep(freshProgress('d'), DOSE)).toEqual(freshProgress('d'));
    expect(undoRep(repeat(2), DOSE).repsDone).toBe(1);
    expect(undoRep(repeat(3), DOSE)).toMatchObject({ set: 1, repsDone: 2, restEndsAt: null });
    expect(canUndo(repeat(3))).toBe(true);
    const undone = undoRep(repeat(6), DOSE);
    expect(undone).toMatchObject({ complete: false, repsDone: 2, set: 2 });
  });

  it('starts again from the first rep, keeping the step being read', () => {
    const p = restart({ ...repeat(4), step: 2 });
    expect(p).toMatchObject({ step: 2, repsDone: 0, set: 1, complete: false, restEndsAt: null });
  });
});

describe('steps and days', () => {
  it('keeps the step within the exercise', () => {
    const p = freshProgress('d');
    expect(goToStep(p, 3, 6).step).toBe(3);
    expect(goToStep(p, 9, 6).step).toBe(5);
    expect(goToStep(p, -1, 6).step).toBe(0);
    expect(goToStep(p, 2.7, 6).step).toBe(2);
  });

  it('names the local day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
  });
});
