import { type FormEvent, useEffect } from 'react';
import { CALL_NOW_SIGNS, type QuestionGroup } from '#knowledge';
import type { CheckAnswers } from '../storage/check-answers.ts';
import { Button } from '../ui/Button.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { FindingAnswer } from './FindingAnswer.tsx';
import type { GroupOnRoute } from './flow.ts';
import { isAnswered, withNumber, withResponse, withSex, withSkipped } from './flow.ts';
import { NumberAnswer } from './NumberAnswer.tsx';
import { SexAnswer } from './SexAnswer.tsx';
import { StartAgain } from './StartAgain.tsx';

/** One group of questions: progress, the questions, Back / Next. */
export function QuestionGroupForm({
  step,
  part,
  of,
  answers,
  reviewingEmergency,
  focusId,
  onAnswers,
  onBack,
  onNext,
  onSeeResult,
  onStartAgain,
}: {
  step: GroupOnRoute;
  part: number;
  of: number;
  answers: CheckAnswers;
  reviewingEmergency: boolean;
  /** A control to move focus to on arrival (the answer to change, after the emergency screen). */
  focusId: string | null;
  /** Receives an update of the latest answers (answers can change faster than renders). */
  onAnswers: (update: (answers: CheckAnswers) => CheckAnswers) => void;
  onBack: (() => void) | null;
  onNext: () => void;
  onSeeResult: (() => void) | null;
  onStartAgain: () => void;
}) {
  const group: QuestionGroup = step.group;
  // Runs after <Page> has focused its heading (child effects run first), so this focus wins.
  useEffect(() => {
    if (!focusId) return;
    const target = document.getElementById(focusId);
    target?.focus();
    target?.closest('fieldset')?.scrollIntoView({ block: 'center' });
  }, [focusId]);
  const left = step.questions.filter((q) => !isAnswered(q, answers)).length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (left === 0) onNext();
  };
  return (
    <Page title={group.title} lead={group.intro}>
      {reviewingEmergency ? null : (
        <>
          <p className="progress check-progress">
            Part {part} of {of}
          </p>
          <div className="check-progress-bar" aria-hidden="true">
            <span style={{ width: `${Math.round((part / of) * 100)}%` }} />
          </div>
        </>
      )}
      {reviewingEmergency ? (
        <Notice tone="emergency" title="Your answers still point to an emergency">
          <p>Change the answer that was a mistake. If it was not a mistake, {CALL_NOW_SIGNS.ifYes.emergency}.</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={submit} aria-label={group.title}>
        {step.questions.map((q) => {
          if (q.kind === 'finding')
            return (
              <FindingAnswer
                key={q.code}
                question={q}
                value={answers.responses[q.code]}
                onChange={(a) => onAnswers((current) => withResponse(current, q.code, a))}
              />
            );
          if (q.kind === 'sex')
            return (
              <SexAnswer
                key="sex"
                question={q}
                value={answers.sex}
                skipped={answers.skipped.includes('sex')}
                onChange={(sex) => onAnswers((current) => withSex(current, sex))}
                onSkip={(skip) => onAnswers((current) => withSkipped(current, 'sex', skip))}
              />
            );
          return (
            <NumberAnswer
              key={q.field}
              question={q}
              value={answers[q.field]}
              skipped={answers.skipped.includes(q.field)}
              onChange={(n) => onAnswers((current) => withNumber(current, q.field, n))}
              onSkip={(skip) => onAnswers((current) => withSkipped(current, q.field, skip))}
            />
          );
        })}
        <p className="muted check-left">
          {left === 0
            ? 'All answered on this page.'
            : `${left} ${left === 1 ? 'question' : 'questions'} left to answer on this page.`}
        </p>
        <div className="row check-nav">
          {onBack ? (
            <Button variant="secondary" onClick={onBack}>
              Back
            </Button>
          ) : null}
          <Button type="submit" disabled={left > 0}>
            Next
          </Button>
          {onSeeResult ? (
            <Button variant="secondary" onClick={onSeeResult}>
              See my result
            </Button>
          ) : null}
        </div>
      </form>
      <StartAgain onConfirm={onStartAgain} />
    </Page>
  );
}
