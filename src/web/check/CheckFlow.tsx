// The check at /check: the emergency questions first, then one group at a time as the engine's
// nextQuestions decides, then the result. The questions run from the main bundle; the result
// (with the plan and avoid texts behind assess) loads as its own chunk.

import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { nextQuestions } from '#engine';
import { QUESTION_GROUPS, type QuestionGroupId } from '#knowledge';
import { flushCheckQueue } from '../storage/check-queue.ts';
import { EmergencyScreen } from './EmergencyScreen.tsx';
import { answersKey, emergencyTriggers, followRoute, groupOfFinding, isAnswered, routeAnswered } from './flow.ts';
import { QuestionGroupForm } from './QuestionGroupForm.tsx';
import { ResultUnavailable } from './ResultUnavailable.tsx';
import { useCheckState } from './use-check-state.ts';

const loadResult = () => import('./Result.tsx');
// If the result's chunk cannot be fetched (offline before the app was cached, or an update
// replaced it), say so and offer a reload: the answers are kept, so nothing is lost.
const Result = lazy(() =>
  loadResult().then(
    (m) => ({ default: m.Result }),
    () => ({ default: ResultUnavailable }),
  ),
);

// Checks finished offline are sent once the device is back online, whichever page is open,
// and on every app start (this module is part of the main bundle).
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => void flushCheckQueue());
  void flushCheckQueue();
}

const order = (id: QuestionGroupId): number => QUESTION_GROUPS.findIndex((g) => g.id === id);

export function CheckFlow() {
  const check = useCheckState();
  const { state } = check;
  const route = useMemo(() => followRoute(state.answers), [state.answers]);
  const { answers } = state;
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    void flushCheckQueue();
  }, []);

  // The result is one tap away once the first screen is done: fetch it while they answer.
  const pastFirstScreen = state.current !== 'emergency' || state.view === 'result';
  useEffect(() => {
    if (pastFirstScreen) loadResult().catch(() => undefined); // only a head start; failures show later
  }, [pastFirstScreen]);

  const step = nextQuestions(answers);
  if (step.status === 'emergency' && state.emergencyReview !== answersKey(answers)) {
    const review = () => {
      const first = emergencyTriggers(answers)[0];
      check.reviewEmergency(first ? groupOfFinding(first.code) : (route.groups.at(-1)?.group.id ?? 'emergency'));
      setFocusId(first ? `q-${first.code}-${first.answer}` : null);
    };
    return <EmergencyScreen answers={answers} intake={step.intake} onChangeAnswer={review} />;
  }

  if (state.view === 'result' && state.result && step.status === 'complete') {
    return (
      <Suspense fallback={<p role="status">Working out your result…</p>}>
        <Result
          result={state.result}
          onChangeAnswers={() => check.goTo(route.groups[0]?.group.id ?? 'emergency')}
          onStartAgain={check.startAgain}
          onSave={check.setSave}
        />
      </Suspense>
    );
  }

  // The group on screen: the current one, or (if the answers took it off the route) the last
  // group on the route before it.
  const groups = route.groups;
  let index = groups.findIndex((g) => g.group.id === state.current);
  if (index === -1) index = Math.max(0, groups.filter((g) => order(g.group.id) <= order(state.current)).length - 1);
  const here = groups[index];
  if (!here) return <p role="status">Loading…</p>;

  const next = () => {
    setFocusId(null);
    if (step.status === 'emergency') {
      check.endReview();
      return;
    }
    const open = groups.findIndex((g) => g.questions.some((q) => !isAnswered(q, answers)));
    const target = open !== -1 && open <= index ? groups[open] : groups[index + 1];
    if (target) check.goTo(target.group.id);
    else if (step.status === 'complete') check.showResult(step.intake);
  };
  const complete = step.status === 'complete' && routeAnswered(route);
  const showResult = () => {
    if (step.status === 'complete') check.showResult(step.intake);
  };
  const previous = groups[index - 1];

  return (
    <QuestionGroupForm
      key={here.group.id}
      step={here}
      part={index + 1}
      of={groups.length}
      answers={answers}
      reviewingEmergency={step.status === 'emergency'}
      onAnswers={check.setAnswers}
      focusId={focusId}
      onBack={
        previous
          ? () => {
              setFocusId(null);
              check.goTo(previous.group.id);
            }
          : null
      }
      onNext={next}
      onSeeResult={complete && index < groups.length - 1 ? showResult : null}
      onStartAgain={check.startAgain}
    />
  );
}
