// An exercise card from the plan, played step by step (route /exercise/<slug>).
import { ExerciseNotFound } from './ExerciseNotFound.tsx';
import { ExerciseScreen } from './ExerciseScreen.tsx';
import { findExercise } from './relief-knowledge.ts';

export function ExercisePlayer({ id }: { id: string }) {
  const exercise = findExercise(id);
  return exercise ? <ExerciseScreen key={exercise.id} exercise={exercise} /> : <ExerciseNotFound />;
}
