import { useEffect, useRef } from 'react';
import type { Exercise } from '#knowledge';
import { Link } from '../ui/Link.tsx';
import { Page } from '../ui/Page.tsx';
import { beep } from './alert.ts';
import { ExerciseIllustration } from './ExerciseIllustration.tsx';
import { doneRep, goToStep, isResting, repLabel, restart, skipRest, undoRep } from './exercise-progress.ts';
import { HoldTimer } from './HoldTimer.tsx';
import { RepCounter } from './RepCounter.tsx';
import { StepByStep } from './StepByStep.tsx';
import { StopIfBox } from './StopIfBox.tsx';
import { useAnnouncer } from './use-announcer.ts';
import { useExerciseProgress } from './use-exercise-progress.ts';
import { useNow } from './use-now.ts';
import { WalkTimer } from './WalkTimer.tsx';

/**
 * One exercise: what it is for, the drawings, the start position, the stop signs (always shown),
 * the steps one at a time, a hold countdown and a rep counter with rests between sets.
 */
export function ExerciseScreen({ exercise }: { exercise: Exercise }) {
  const [progress, act] = useExerciseProgress(exercise);
  const [message, announce] = useAnnouncer();
  const now = useNow(1000, progress.restEndsAt ?? 0);
  const walking = exercise.planCode === 'walking';
  const resting = isResting(progress, now);

  // The end of a rest between sets: a soft beep and a spoken cue (only if it ended just now).
  const wasResting = useRef(resting);
  useEffect(() => {
    if (wasResting.current && !resting && progress.restEndsAt !== null) {
      beep(1);
      announce(`Rest over. Set ${progress.set}: start when you are ready.`);
      act(skipRest);
    }
    wasResting.current = resting;
  }, [resting, progress.restEndsAt, progress.set, act, announce]);

  const onDone = () => {
    const next = doneRep(progress, exercise, Date.now());
    act(() => next);
    if (next.complete) announce(walking ? `All ${exercise.reps} walks done today. Well done.` : 'All done. Well done.');
    else if (next.restEndsAt !== null)
      announce(`Set done. Rest for ${exercise.restSeconds} seconds before set ${next.set}.`);
    else announce(walking ? `Walk ${next.repsDone} done.` : `${repLabel(next, exercise)}.`);
  };

  return (
    <Page title={exercise.title} lead={exercise.purpose}>
      <ExerciseIllustration id={exercise.id} />
      <h2>Start position</h2>
      <p>{exercise.startPosition}</p>
      <StopIfBox exercise={exercise} />
      <StepByStep
        steps={exercise.steps}
        step={progress.step}
        showAll={progress.showAllSteps}
        onStep={(step) => act((p) => goToStep(p, step, exercise.steps.length))}
        onShowAll={(showAllSteps) => act((p) => ({ ...p, showAllSteps }))}
      />
      {exercise.holdSeconds > 0 ? <HoldTimer seconds={exercise.holdSeconds} announce={announce} /> : null}
      <RepCounter
        exercise={exercise}
        progress={progress}
        now={now}
        walking={walking}
        onDone={onDone}
        onUndo={() => act((p) => undoRep(p, exercise))}
        onSkipRest={() => {
          act(skipRest);
          announce(`Set ${progress.set}: start when you are ready.`);
        }}
        onRestart={() => {
          act(restart);
          announce('Starting again from the first rep.');
        }}
      />
      {walking ? <WalkTimer announce={announce} /> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      <p>
        <Link href="/check">Back to the check</Link>
      </p>
    </Page>
  );
}
