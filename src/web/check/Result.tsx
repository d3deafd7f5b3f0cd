// The result of the check, worked out in the browser by the engine's assess(). This file is a
// chunk of its own: the plan, avoid and medicine texts behind assess load only when needed.
//
// The first screen of a phone holds what a person in pain needs now: the disposition with its
// care route, at most three things to do in the next hour, and the signs that mean "call now".
// Everything else is folded below, in this order: why, likely causes, the full plan, what to
// avoid, myth vs evidence and the sources. From 1024 px the two sit side by side.

import { useEffect, useMemo, useState } from 'react';
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
import { allSources } from './all-sources.ts';
import { CallNowSigns } from './CallNowSigns.tsx';
import { CauseList } from './CauseList.tsx';
import { Fold } from './Fold.tsx';
import { FollowUpSection } from './FollowUpSection.tsx';
import { MythNote } from './MythNote.tsx';
import { NextHour } from './NextHour.tsx';
import { pickNextHour } from './next-hour.ts';
import { PlanCard } from './PlanCard.tsx';
import { ReasonList } from './ReasonList.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SourceItems } from './SourceList.tsx';
import { StartAgain } from './StartAgain.tsx';
import { useCheckSave } from './use-check-save.ts';
import { preloadReferences } from './use-references.ts';

/** Wide enough for two columns (styles.css uses the same width): the full plan starts open. */
const WIDE = '(min-width: 64rem)';

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
  const [wide] = useState(() => typeof matchMedia === 'function' && matchMedia(WIDE).matches);
  useEffect(() => {
    // Sources and myth notes are small and shown on request: fetch them while the person reads.
    const t = setTimeout(() => void preloadReferences(), 2000);
    return () => clearTimeout(t);
  }, []);
  const { disposition } = assessment;
  const banner = DISPOSITION_TEXT[disposition];
  const nextHour = pickNextHour(assessment.plan);
  const myths = assessment.avoid.filter((a) => a.myth);
  const sources = allSources(assessment, banner.sources);

  return (
    <div className="check-result">
      <Page title="Your result">
        <div className="result-grid">
          <div className="result-now">
            <Notice tone={disposition} title={banner.title}>
              <p>{banner.body}</p>
              <CareRoute disposition={disposition} />
            </Notice>
            {disposition === 'emergency' ? <EmergencyActions /> : null}
            <NextHour items={nextHour} />
            {disposition === 'emergency' ? null : <CallNowSigns />}
            <SaveStatus save={result.save} session={session} />
          </div>

          <div className="result-more">
            <section aria-labelledby="check-followup">
              <h2 id="check-followup">When to check again</h2>
              <FollowUpSection
                followUp={assessment.followUp}
                onsetDaysAgo={intake.onsetDaysAgo}
                completedAt={result.completedAt}
              />
            </section>

            <Fold id="check-why" title="Why">
              <ReasonList reasons={assessment.reasons} intake={intake} />
            </Fold>

            {assessment.causes.length > 0 ? (
              <Fold id="check-causes-fold" title="Likely causes">
                <CauseList causes={assessment.causes} intake={intake} />
              </Fold>
            ) : null}

            {assessment.plan.length > 0 ? (
              <Fold id="check-plan" title="The full plan" open={wide}>
                <div className="stack">
                  {assessment.plan.map((entry) => (
                    <PlanCard key={entry.code} entry={entry} />
                  ))}
                </div>
              </Fold>
            ) : null}

            {assessment.avoid.length > 0 ? (
              <Fold id="check-avoid" title="What to avoid">
                <div className="stack">
                  {assessment.avoid.map((entry) => (
                    <AvoidCard key={entry.code} entry={entry} />
                  ))}
                </div>
              </Fold>
            ) : null}

            {myths.length > 0 ? (
              <Fold id="check-myths" title="Myth vs evidence" lazy>
                <div className="stack">
                  {myths.map((entry) =>
                    entry.myth ? (
                      <article key={entry.code} className="card" aria-labelledby={`myth-${entry.code}`}>
                        <h3 id={`myth-${entry.code}`}>{entry.title}</h3>
                        <MythNote id={entry.myth} />
                      </article>
                    ) : null,
                  )}
                </div>
              </Fold>
            ) : null}

            <Fold id="check-sources" title={`Sources (${sources.length})`} lazy>
              <SourceItems ids={sources} />
            </Fold>

            <p>
              <Link href="/diary">Keep a diary of your spasms and daily check-ins</Link>
            </p>
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
          </div>
        </div>
      </Page>
    </div>
  );
}
