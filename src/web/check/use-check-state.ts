// The check's state and the few ways it changes, kept in localStorage on every change.

import { useEffect, useMemo, useState } from 'react';
import type { Intake } from '#engine';
import type { QuestionGroupId } from '#knowledge';
import { cameFrom, navigate } from '../router.ts';
import {
  type CheckAnswers,
  type CheckState,
  clearCheckState,
  initialCheckState,
  loadCheckState,
  type SaveState,
  saveCheckState,
} from '../storage/check-answers.ts';
import { answersKey, followRoute } from './flow.ts';

/** The address of a screen of the check, or of its result. */
export const checkPath = (screen: QuestionGroupId | 'result'): string => `/check/${screen}`;

/** A random (version 4) UUID; the server takes it as the check's client id. */
function newId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    // Insecure origins have no randomUUID, but getRandomValues: the same UUID by hand.
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
    b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
    const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const sameIntake = (a: Intake, b: Intake): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A new screen starts at the top of the page. */
const toTop = () => {
  if (typeof window !== 'undefined') window.scrollTo(0, 0);
};

export function useCheckState() {
  const [state, setState] = useState<CheckState>(loadCheckState);
  useEffect(() => saveCheckState(state), [state]);

  const actions = useMemo(
    () => ({
      /** New answers: those that no longer apply are dropped at once. */
      setAnswers: (update: (answers: CheckAnswers) => CheckAnswers) =>
        setState((s) => ({ ...s, answers: followRoute(update(s.answers)).answers })),
      /** A new screen, as a new page in the history (Back returns here). */
      goTo: (current: QuestionGroupId) => {
        setState((s) => ({ ...s, current, view: 'questions' }));
        navigate(checkPath(current), { from: location.pathname });
        toTop();
      },
      /** Back one screen: the browser's Back when it leads there, else straight to it. */
      goBack: (previous: QuestionGroupId) => {
        if (cameFrom() === checkPath(previous)) history.back();
        else navigate(checkPath(previous), { replace: true });
      },
      /** The address changed (Back, Forward, a link): follow it. */
      arrive: (current: QuestionGroupId) => setState((s) => ({ ...s, current, view: 'questions' })),
      showResult: (intake: Intake) => {
        navigate(checkPath('result'), { from: location.pathname });
        toTop();
        setState((s) => ({
          ...s,
          view: 'result',
          emergencyReview: null,
          // The same answers again keep the same result (and whether it was saved).
          result:
            s.result && sameIntake(s.result.intake, intake)
              ? s.result
              : { id: newId(), completedAt: new Date().toISOString(), intake, save: 'pending' },
        }));
      },
      /** "I answered by mistake": back to the questions until an answer changes. */
      reviewEmergency: (current: QuestionGroupId) => {
        setState((s) => ({ ...s, current, view: 'questions', emergencyReview: answersKey(s.answers) }));
        navigate(checkPath(current));
        toTop();
      },
      /** Next while the answers still call for an emergency: show the emergency screen again. */
      endReview: () => setState((s) => ({ ...s, emergencyReview: null })),
      setSave: (id: string, save: SaveState) =>
        setState((s) => (s.result?.id === id ? { ...s, result: { ...s.result, save } } : s)),
      startAgain: () => {
        clearCheckState();
        setState(initialCheckState());
        navigate(checkPath('emergency'));
        toTop();
      },
    }),
    [],
  );
  return { state, ...actions };
}
