// The result of the check, worked out in the browser by the engine's assess(). This file is a
// chunk of its own: the plan, avoid and medicine texts behind assess load only when needed.

import { useEffect, useMemo } from 'react';
import { assess } from '#engine';
import { DISPOSITION_TEXT } from '#knowledge';
import { CareRoute } from '../region/CareRoute.tsx';
import type { CheckResult, SaveState } from '../storage/check-answers.ts';
import { Button } from '../ui/Button.tsx';
import { EmergencyActions } from '../ui/EmergencyActions.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { AvoidCard } from './AvoidCard.tsx';
import { CauseList } from './CauseList.tsx';
import { FollowUpSection } from './FollowUpSection.tsx';
import { PlanCard } from './PlanCard.tsx';
import { ReasonList } from './ReasonList.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { StartAgain } from './StartAgain.tsx';
import { useCheckSave } from './use-check-save.ts';
import { preloadReferences } from './use-references.ts';

export function Result({
  result,
  onChangeAnswers,
  onStartAgain,
  onSave,
}: {
  result: CheckResult;
  onChangeAnswers: () => void;
  onStartAgain: () => void;
  onSave: (id: string, save: SaveState) => void;
}) {
  const { intake } = result;
  const assessment = useMemo(() => assess(intake), [intake]);
  const session = useCheckSave(result, onSave);
  useEffect(() => {
    // Sources and myth notes are small and shown on request: fetch them while the person reads.
    const t = setTimeout(() => void preloadReferences(), 2000);
    return () => clearTimeout(t);
  }, []);
  const { disposition } = assessment;
  const banner = DISPOSITION_TEXT[disposition];

  return (
    <div className="check-result">
      <Page title="Your result">
        <Notice tone={disposition} title={banner.title}>
          <p>{banner.body}</p>
          <CareRoute disposition={disposition} />
        </Notice>
        {disposition === 'emergency' ? <EmergencyActions /> : null}
        <SaveStatus save={result.save} session={session} />
        <nav className="check-toc" aria-label="On this page">
          <ul>
            <li>
              <a href="#check-why">Why</a>
            </li>
            {assessment.causes.length > 0 ? (
              <li>
                <a href="#check-causes-title">Likely causes</a>
              </li>
            ) : null}
            {assessment.plan.length > 0 ? (
              <li>
                <a href="#check-plan">What to do now</a>
              </li>
            ) : null}
            {assessment.avoid.length > 0 ? (
              <li>
                <a href="#check-avoid">What to avoid</a>
              </li>
            ) : null}
            <li>
              <a href="#check-followup">When to check again</a>
            </li>
          </ul>
        </nav>

        <section aria-labelledby="check-why">
          <h2 id="check-why">Why</h2>
          <ReasonList reasons={assessment.reasons} intake={intake} />
        </section>

        {assessment.causes.length > 0 ? (
          <section aria-labelledby="check-causes-title">
            <h2 id="check-causes-title">What is likely behind it</h2>
            <CauseList causes={assessment.causes} intake={intake} />
          </section>
        ) : null}

        {assessment.plan.length > 0 ? (
          <section aria-labelledby="check-plan">
            <h2 id="check-plan">What to do now</h2>
            <div className="stack">
              {assessment.plan.map((entry) => (
                <PlanCard key={entry.code} entry={entry} />
              ))}
            </div>
          </section>
        ) : null}

        {assessment.avoid.length > 0 ? (
          <section aria-labelledby="check-avoid">
            <h2 id="check-avoid">What to avoid</h2>
            <div className="stack">
              {assessment.avoid.map((entry) => (
                <AvoidCard key={entry.code} entry={entry} />
              ))}
            </div>
          </section>
        ) : null}

        <section aria-labelledby="check-followup">
          <h2 id="check-followup">When to check again</h2>
          <FollowUpSection
            followUp={assessment.followUp}
            onsetDaysAgo={intake.onsetDaysAgo}
            completedAt={result.completedAt}
          />
          <p>
            <Link href="/diary">Keep a diary of your spasms and daily check-ins</Link>
          </p>
        </section>

        <div className="row check-result-actions">
          <Button variant="secondary" onClick={onChangeAnswers}>
            Change my answers
          </Button>
        </div>
        <StartAgain onConfirm={onStartAgain} />
        <p className="muted">
          Unknot does not diagnose. It explains what your answers suggest, based on published guidance. If you are
          worried, or things change, get medical advice. Clinical rules version {assessment.knowledgeVersion}.
        </p>
      </Page>
    </div>
  );
}
