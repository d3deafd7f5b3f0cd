import type { Exercise } from '#knowledge';
import { Button } from '../ui/Button.tsx';
import { Notice } from '../ui/Notice.tsx';
import { repCue } from './alert.ts';
import { canUndo, type ExerciseProgress, isResting, repLabel, restRemainingMs } from './exercise-progress.ts';
import { formatCountdown, spokenDuration } from './timer-state.ts';

/**
 * "Rep 3 of 10, set 1 of 2" and a big "Done a rep" button (one tap per rep, answered by a beep
 * and a buzz where the device has them), the rest between sets, and the end.
 * For walking (one set, no hold) the reps are the walks of the day.
 */
export function RepCounter({
  exercise,
  progress,
  now,
  walking,
  onDone,
  onUndo,
  onSkipRest,
  onRestart,
}: {
  exercise: Exercise;
  progress: ExerciseProgress;
  now: number;
  walking: boolean;
  onDone: () => void;
  onUndo: () => void;
  onSkipRest: () => void;
  onRestart: () => void;
}) {
  const resting = isResting(progress, now);
  const label = walking
    ? `Walk ${Math.min(exercise.reps, progress.repsDone + 1)} of ${exercise.reps} today`
    : repLabel(progress, exercise);
  const dose = walking
    ? `${exercise.reps} short walks spread through the day.`
    : `${exercise.reps} reps${exercise.sets > 1 ? ` × ${exercise.sets} sets, with ${spokenDuration(exercise.restSeconds * 1000)} rest between sets` : ''}.`;
  return (
    <section aria-labelledby="reps-title">
      <h2 id="reps-title">{walking ? 'Walks today' : 'Count your reps'}</h2>
      <p className="help">{dose}</p>
      {progress.complete ? (
        <Notice
          tone="self_care"
          title={walking ? `All ${exercise.reps} walks done today. Well done.` : 'All done for now. Well done.'}
        >
          <p>
            {walking ? 'Tomorrow, add a minute or two if it felt fine.' : 'Come back to it later today or tomorrow.'}
          </p>
        </Notice>
      ) : resting ? (
        <div className="relief-rest">
          <p className="relief-rep-label">Rest before set {progress.set}</p>
          <p className="big-number relief-count" role="timer">
            <span aria-hidden="true">{formatCountdown(restRemainingMs(progress, now))}</span>
            <span className="visually-hidden">{spokenDuration(restRemainingMs(progress, now))} of rest left</span>
          </p>
          <Button variant="secondary" onClick={onSkipRest}>
            I'm ready: skip the rest
          </Button>
        </div>
      ) : (
        <>
          <p className="relief-rep-label">{label}</p>
          <Button
            big
            onClick={() => {
              repCue();
              onDone();
            }}
          >
            {walking ? 'Done a walk' : 'Done a rep'}
          </Button>
        </>
      )}
      <p className="help">
        Stop if it hurts more or leg symptoms spread: see <a href="#stop-if">Stop if…</a>
      </p>
      <div className="row">
        {canUndo(progress) ? (
          <Button variant="quiet" onClick={onUndo}>
            {walking ? 'Undo last walk' : 'Undo last rep'}
          </Button>
        ) : null}
        {progress.complete || progress.repsDone > 0 || progress.set > 1 ? (
          <Button variant="quiet" onClick={onRestart}>
            Start again
          </Button>
        ) : null}
      </div>
    </section>
  );
}
