import { useCallback, useEffect, useState } from 'react';
import type { Exercise } from '#knowledge';
import { loadExerciseProgress, saveExerciseProgress } from '../storage/relief-exercise.ts';
import { type ExerciseProgress, localDay } from './exercise-progress.ts';

export type ProgressAction = (progress: ExerciseProgress, now: number) => ExerciseProgress;

/** Today's progress in one exercise, restored on load and saved on every change. */
export function useExerciseProgress(exercise: Exercise): [ExerciseProgress, (action: ProgressAction) => void] {
  const [progress, setProgress] = useState(() => {
    const now = Date.now();
    return loadExerciseProgress(exercise.id, { ...exercise, stepCount: exercise.steps.length }, localDay(now), now);
  });
  useEffect(() => saveExerciseProgress(exercise.id, progress), [exercise.id, progress]);
  const act = useCallback((action: ProgressAction) => setProgress((p) => action(p, Date.now())), []);
  return [progress, act];
}
