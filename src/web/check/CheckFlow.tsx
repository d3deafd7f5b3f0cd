// The check at /check/<screen>: the emergency screens first, then one screen at a time as the
// engine's nextQuestions decides, then /check/result. Each screen has its own address, so the
// phone's Back goes back one screen; the answers are kept on the device, so a reload keeps them.
// The questions run from the check's chunk; the result (with the plan and avoid texts behind
// assess) loads as its own chunk.

import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { nextQuestions } from '#engine';
import { QUESTION_GROUP_IDS, QUESTION_GROUPS, type QuestionGroupId } from '#knowledge';
import { navigate, usePath } from '../router.ts';
import type { CheckAnswers } from '../storage/check-answers.ts';
import { flushCheckQueue } from '../storage/check-queue.ts';
import { EmergencyScreen } from './EmergencyScreen.tsx';
import {
  answersKey,
  emergencyTriggers,
  followRoute,
  groupOfFinding,
  isAnswered,
  routeAnswered,
  screenCount,
} from './flow.ts';
import { QuestionGroupForm } from './QuestionGroupForm.tsx';
import { ResultUnavailable } from './ResultUnavailable.tsx';
import { checkPath, useCheckState } from './use-check-state.ts';

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
const isGroupId = (s: string): s is QuestionGroupId => (QUESTION_GROUP_IDS as readonly string[]).includes(s);

export function CheckFlow() {
  const check = useCheckState();
  const { state, arrive } = check;
  const path = usePath();
  const route = useMemo(() => followRoute(state.answers), [state.answers]);
  const { answers } = state;
  const [focusId, setFocusId] = useState<string | null>(null);

  // The address says which screen: /check alone goes to where the person was.
  const segment = path.startsWith('/check/') ? path.slice('/check/'.length) : '';
  const wantsResult = segment === 'result' || (segment === '' && state.view === 'result');
  const current: QuestionGroupId = isGroupId(segment) ? segment : state.current;
  // Before the browser paints: the screen never shows under the bare /check address.
  useLayoutEffect(() => {
    if (segment === '') navigate(checkPath(state.view === 'result' ? 'result' : state.current), { replace: true });
  }, [segment, state.view, state.current]);
  useEffect(() => {
    if (isGroupId(segment) && segment !== state.current) arrive(segment);
  }, [segment, state.current, arrive]);

  useEffect(() => {
    void flushCheckQueue();
  }, []);

  // The result is one tap away once the first screen is done: fetch it while they answer.
  const pastFirstScreen = current !== 'emergency' || wantsResult;
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

  if (wantsResult && state.result && step.status === 'complete') {
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

  // The screen on show: the current one, or (if the answers took it off the route) the last
  // screen on the route before it.
  const groups = route.groups;
  let index = groups.findIndex((g) => g.group.id === current);
  if (index === -1) index = Math.max(0, groups.filter((g) => order(g.group.id) <= order(current)).length - 1);
  const here = groups[index];
  if (!here) return <p role="status">Loading…</p>;

  const next = (done: CheckAnswers) => {
    setFocusId(null);
    const nextStep = nextQuestions(done);
    if (nextStep.status === 'emergency') {
      check.endReview();
      return;
    }
    const after = followRoute(done);
    const at = after.groups.findIndex((g) => g.group.id === here.group.id);
    const open = after.groups.findIndex((g) => g.questions.some((q) => !isAnswered(q, after.answers)));
    const target = open !== -1 && open <= at ? after.groups[open] : after.groups[at + 1];
    if (target) check.goTo(target.group.id);
    else if (nextStep.status === 'complete') check.showResult(nextStep.intake);
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
      of={screenCount(route)}
      answers={answers}
      reviewingEmergency={step.status === 'emergency'}
      onAnswers={check.setAnswers}
      focusId={focusId}
      onBack={
        previous
          ? () => {
              setFocusId(null);
              check.goBack(previous.group.id);
            }
          : null
      }
      onNext={next}
      onSeeResult={complete && index < groups.length - 1 ? showResult : null}
      onStartAgain={check.startAgain}
    />
  );
}
