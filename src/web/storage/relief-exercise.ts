// Today's exercise progress (step, reps, sets, the rest between sets) and the walk timer survive
// a reload, in localStorage. Reads go through restore functions (STYLE §4.7) that check the
// schema version and repair against the exercise itself: a step or rep count the exercise does
// not have is pulled back into range, and yesterday's progress starts afresh.
import { type Dose, type ExerciseProgress, freshProgress } from '../relief/exercise-progress.ts';
import type { Session } from '../relief/timer-state.ts';
import { restoreSession } from './relief-timer.ts';

export const RELIEF_EXERCISE_VERSION = 1;
export const EXERCISE_PROGRESS_KEY = 'unknot.exercise-progress';
export const WALK_TIMER_KEY = 'unknot.walk-timer';

/** The longest walk the timer runs; the player offers 5 minutes. */
export const WALK_MAX_MS = 60 * 60_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

export type ExerciseShape = Dose & { readonly stepCount: number };

/** One exercise's stored progress, repaired; a fresh start when it is missing, unreadable or from another day. */
export function restoreExerciseProgress(
  raw: unknown,
  shape: ExerciseShape,
  today: string,
  now: number,
): ExerciseProgress {
  const fresh = freshProgress(today);
  if (!isObj(raw) || raw.day !== today) return fresh;
  const step = Math.min(Math.max(0, shape.stepCount - 1), count(raw.step) ?? 0);
  const set = Math.min(shape.sets, Math.max(1, count(raw.set) ?? 1));
  const complete = raw.complete === true;
  const repsDone = complete ? shape.reps : Math.min(Math.max(0, shape.reps - 1), count(raw.repsDone) ?? 0);
  // A rest can only be pending before a later set, and never longer than the exercise's rest.
  const restEndsAt =
    typeof raw.restEndsAt === 'number' && Number.isFinite(raw.restEndsAt) && !complete && set > 1 && repsDone === 0
      ? Math.min(raw.restEndsAt, now + shape.restSeconds * 1000)
      : null;
  return {
    day: today,
    step,
    showAllSteps: raw.showAllSteps === true,
    repsDone,
    set,
    restEndsAt: restEndsAt !== null && restEndsAt > now ? restEndsAt : null,
    complete,
  };
}

function readJson(key: string): unknown {
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null; // unreadable or storage blocked: start afresh
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    const text = JSON.stringify(value);
    const storage = globalThis.localStorage;
    if (storage && storage.getItem(key) !== text) storage.setItem(key, text);
  } catch {
    // Storage full or blocked: progress just won't survive a reload.
  }
}

function progressRecord(): Obj {
  const raw = readJson(EXERCISE_PROGRESS_KEY);
  return isObj(raw) && raw.schemaVersion === RELIEF_EXERCISE_VERSION && isObj(raw.byId) ? raw.byId : {};
}

export function loadExerciseProgress(id: string, shape: ExerciseShape, today: string, now: number): ExerciseProgress {
  return restoreExerciseProgress(progressRecord()[id], shape, today, now);
}

/** Saves one exercise's progress, dropping other exercises' progress from earlier days. */
export function saveExerciseProgress(id: string, progress: ExerciseProgress): void {
  const byId: Obj = {};
  for (const [key, value] of Object.entries(progressRecord()))
    if (isObj(value) && value.day === progress.day) byId[key] = value;
  byId[id] = progress;
  writeJson(EXERCISE_PROGRESS_KEY, { schemaVersion: RELIEF_EXERCISE_VERSION, byId });
}

/** The stored walk timer, repaired (null when there is none); one past its end is settled by the caller. */
export function restoreWalkSession(raw: unknown, now: number): Session<'walk'> | null {
  if (!isObj(raw) || raw.schemaVersion !== RELIEF_EXERCISE_VERSION) return null;
  return restoreSession(raw.session, ['walk'], () => WALK_MAX_MS, now);
}

export function loadWalkSession(now: number): Session<'walk'> | null {
  return restoreWalkSession(readJson(WALK_TIMER_KEY), now);
}

export function saveWalkSession(session: Session<'walk'> | null): void {
  writeJson(WALK_TIMER_KEY, { schemaVersion: RELIEF_EXERCISE_VERSION, session });
}
