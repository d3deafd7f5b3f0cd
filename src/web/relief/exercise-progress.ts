// Where a person is in today's exercise: which step they are reading, how many reps of which set
// are done, and the rest between sets. Plain calculations with `now` passed in
// (exercise-progress.test.ts); the player keeps the result in storage/relief-exercise.ts.
import type { Exercise } from '#knowledge';

export type Dose = Pick<Exercise, 'reps' | 'sets' | 'restSeconds'>;

export type ExerciseProgress = {
  /** The local day (YYYY-MM-DD) this progress belongs to: a new day starts afresh. */
  readonly day: string;
  /** The step shown, 0-based. */
  readonly step: number;
  readonly showAllSteps: boolean;
  /** Reps done in the current set. */
  readonly repsDone: number;
  /** The current set, 1-based. */
  readonly set: number;
  /** The rest before the current set ends then (epoch ms), or null when not resting. */
  readonly restEndsAt: number | null;
  readonly complete: boolean;
};

export function freshProgress(day: string): ExerciseProgress {
  return { day, step: 0, showAllSteps: false, repsDone: 0, set: 1, restEndsAt: null, complete: false };
}

/** One more rep: the last rep of a set starts the rest before the next; the last of all completes. */
export function doneRep(progress: ExerciseProgress, dose: Dose, now: number): ExerciseProgress {
  if (progress.complete) return progress;
  const repsDone = progress.repsDone + 1;
  if (repsDone < dose.reps) return { ...progress, repsDone, restEndsAt: null };
  if (progress.set >= dose.sets) return { ...progress, repsDone: dose.reps, restEndsAt: null, complete: true };
  return {
    ...progress,
    repsDone: 0,
    set: progress.set + 1,
    restEndsAt: dose.restSeconds > 0 ? now + dose.restSeconds * 1000 : null,
  };
}

/** Takes back the last rep counted (a mis-tap). */
export function undoRep(progress: ExerciseProgress, dose: Dose): ExerciseProgress {
  if (progress.complete) return { ...progress, complete: false, repsDone: Math.max(0, dose.reps - 1) };
  if (progress.repsDone > 0) return { ...progress, repsDone: progress.repsDone - 1 };
  if (progress.set > 1) return { ...progress, set: progress.set - 1, repsDone: dose.reps - 1, restEndsAt: null };
  return progress;
}

export function canUndo(progress: ExerciseProgress): boolean {
  return progress.complete || progress.repsDone > 0 || progress.set > 1;
}

export function restRemainingMs(progress: ExerciseProgress, now: number): number {
  return progress.restEndsAt === null ? 0 : Math.max(0, progress.restEndsAt - now);
}

export function isResting(progress: ExerciseProgress, now: number): boolean {
  return restRemainingMs(progress, now) > 0;
}

export function skipRest(progress: ExerciseProgress): ExerciseProgress {
  return { ...progress, restEndsAt: null };
}

/** Starts the exercise again from the first rep (the step being read stays where it is). */
export function restart(progress: ExerciseProgress): ExerciseProgress {
  return { ...freshProgress(progress.day), step: progress.step, showAllSteps: progress.showAllSteps };
}

export function goToStep(progress: ExerciseProgress, step: number, stepCount: number): ExerciseProgress {
  const last = Math.max(0, stepCount - 1);
  return { ...progress, step: Math.min(last, Math.max(0, Math.trunc(step))) };
}

/** "Rep 3 of 10, set 1 of 2": the rep about to be done. A single set leaves the set out. */
export function repLabel(progress: ExerciseProgress, dose: Dose): string {
  const rep = Math.min(dose.reps, progress.repsDone + 1);
  const reps = `Rep ${rep} of ${dose.reps}`;
  return dose.sets > 1 ? `${reps}, set ${progress.set} of ${dose.sets}` : reps;
}

/** The local calendar day of `now`, as YYYY-MM-DD. */
export function localDay(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
