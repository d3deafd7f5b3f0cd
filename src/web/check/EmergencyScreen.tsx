import { lazy, Suspense, useMemo } from 'react';
import type { Intake } from '#engine';
import { DISPOSITION_TEXT, REASON_TEXT } from '#knowledge';
import type { CheckAnswers } from '../storage/check-answers.ts';
import { EmergencyActions } from '../ui/EmergencyActions.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { Page } from '../ui/Page.tsx';
import { emergencyTriggers, findingLabel } from './flow.ts';

// The full reasons need the engine's assess(), which loads after the actions are on screen.
const EmergencyReasons = lazy(() => import('./EmergencyReasons.tsx').then((m) => ({ default: m.EmergencyReasons })));

/** What to do now, first and big; why, in the person's own answers; nothing else. */
export function EmergencyScreen({
  answers,
  intake,
  onChangeAnswer,
}: {
  answers: CheckAnswers;
  intake: Intake;
  onChangeAnswer: (() => void) | null;
}) {
  const triggers = useMemo(() => emergencyTriggers(answers), [answers]);
  return (
    <div className="check-emergency">
      <Page title={DISPOSITION_TEXT.emergency.title}>
        <EmergencyActions />
        <h2>Why</h2>
        {triggers.length > 0 ? (
          <ul className="check-triggers">
            {triggers.map((t) => (
              <li key={t.code}>
                {t.answer === 'yes' ? 'You said yes to: ' : 'You were not sure about: '}
                <strong>{findingLabel(t.code)}</strong>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          {triggers.some((t) => t.answer === 'unsure') ? `${REASON_TEXT.unsureCaudaEquina} ` : ''}
          {DISPOSITION_TEXT.emergency.body}
        </p>
        {/* The actions above never depend on this loading: if it cannot (offline), it is left out. */}
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <EmergencyReasons intake={intake} />
          </Suspense>
        </ErrorBoundary>
        {onChangeAnswer ? (
          <p className="check-mistake">
            <button type="button" className="check-link-button" onClick={onChangeAnswer}>
              I answered by mistake — change my answer
            </button>
          </p>
        ) : null}
      </Page>
    </div>
  );
}
