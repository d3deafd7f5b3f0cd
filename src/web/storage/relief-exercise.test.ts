import { describe, expect, it } from 'vitest';
import { freshProgress } from '../relief/exercise-progress.ts';
import {
  type ExerciseShape,
  RELIEF_EXERCISE_VERSION,
  restoreExerciseProgress,
  restoreWalkSession,
} from './relief-exercise.ts';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const TODAY = '2026-01-15';
const SHAPE: ExerciseShape = { reps: 10, sets: 2, restSeconds: 30, stepCount: 4 };

describe('restoreExerciseProgress', () => {
  it('starts afresh for nothing, garbage or another day', () => {
    for (const raw of [null, 'x', [], {}, { day: '2026-01-14', repsDone: 3 }])
      expect(restoreExerciseProgress(raw, SHAPE, TODAY, NOW)).toEqual(freshProgress(TODAY));
  });

  it('keeps today’s progress, including a rest still to come', () => {
    const p = {
      day: TODAY,
      step: 2,
      showAllSteps: true,
      repsDone: 0,
      set: 2,
      restEndsAt: NOW + 10_000,
      complete: false,
    };
    expect(restoreExerciseProgress(p, SHAPE, TODAY, NOW)).toEqual(p);
  });

  it('pulls impossible values back into the exercise', () => {
    const p = restoreExerciseProgress(
      { day: TODAY, step: 9, repsDone: 40, set: 7, restEndsAt: NOW + 3_600_000, showAllSteps: 'yes' },
      SHAPE,
      TODAY,
      NOW,
    );
    expect(p).toEqual({
      day: TODAY,
      step: 3,
      showAllSteps: false,
      repsDone: 9,
      set: 2,
      restEndsAt: null,
      complete: false,
    });
    const rest = restoreExerciseProgress(
      { day: TODAY, set: 2, repsDone: 0, restEndsAt: NOW + 3_600_000 },
      SHAPE,
      TODAY,
      NOW,
    );
    expect(rest.restEndsAt).toBe(NOW + 30_000);
    const past = restoreExerciseProgress({ day: TODAY, set: 2, repsDone: 0, restEndsAt: NOW - 1 }, SHAPE, TODAY, NOW);
    expect(past.restEndsAt).toBeNull();
    const done = restoreExerciseProgress({ day: TODAY, set: 2, repsDone: 1, complete: true }, SHAPE, TODAY, NOW);
    expect(done).toMatchObject({ complete: true, repsDone: 10 });
  });
});

describe('restoreWalkSession', () => {
  it('restores a walk and rejects anything else', () => {
    const session = { status: 'running', kind: 'walk', durationMs: 300_000, endsAt: NOW + 100_000 };
    expect(restoreWalkSession({ schemaVersion: RELIEF_EXERCISE_VERSION, session }, NOW)).toEqual(session);
    expect(restoreWalkSession({ schemaVersion: 2, session }, NOW)).toBeNull();
    expect(
      restoreWalkSession({ schemaVersion: RELIEF_EXERCISE_VERSION, session: { ...session, kind: 'heat' } }, NOW),
    ).toBeNull();
    expect(restoreWalkSession(null, NOW)).toBeNull();
  });
});
