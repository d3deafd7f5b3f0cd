// The check's state and the few ways it changes, kept in localStorage on every change.

import { useEffect, useMemo, useState } from 'react';
import type { Intake } from '#engine';
import type { QuestionGroupId } from '#knowledge';
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

function newId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`; // insecure origins
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
      goTo: (current: QuestionGroupId) => {
        setState((s) => ({ ...s, current, view: 'questions' }));
        toTop();
      },
      showResult: (intake: Intake) => {
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
        toTop();
      },
      /** Next while the answers still call for an emergency: show the emergency screen again. */
      endReview: () => setState((s) => ({ ...s, emergencyReview: null })),
      setSave: (id: string, save: SaveState) =>
        setState((s) => (s.result?.id === id ? { ...s, result: { ...s.result, save } } : s)),
      startAgain: () => {
        clearCheckState();
        setState(initialCheckState());
        toTop();
      },
    }),
    [],
  );
  return { state, ...actions };
}
