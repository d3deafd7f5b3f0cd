import { type FormEvent, useEffect, useRef } from 'react';
import { CALL_NOW_SIGNS, type FindingQuestion, type Question, type QuestionGroup } from '#knowledge';
import { ScoreScale } from '../diary/ScoreScale.tsx';
import type { CheckAnswers } from '../storage/check-answers.ts';
import { Button } from '../ui/Button.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { AnyOfList } from './AnyOfList.tsx';
import { ChoiceAnswer } from './ChoiceAnswer.tsx';
import { FindingAnswer } from './FindingAnswer.tsx';
import type { GroupOnRoute } from './flow.ts';
import { finishScreen, screenLeft, withChoice, withNumber, withResponse, withSex, withSkipped } from './flow.ts';
import { NumberAnswer } from './NumberAnswer.tsx';
import { SexAnswer } from './SexAnswer.tsx';
import { StartAgain } from './StartAgain.tsx';
import { TickList } from './TickList.tsx';

const inList = (q: Question, list: string): q is FindingQuestion => q.kind === 'finding' && q.list === list;

/** One screen of the check: progress, its lists and questions, Back / Next. */
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
  /** Next, with the screen's answers completed (unticked items no, optional ones skipped). */
  onNext: (answers: CheckAnswers) => void;
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
  const left = screenLeft(step, answers);
  const next = () => {
    const done = finishScreen(step, answers);
    onAnswers((current) => finishScreen(step, current));
    onNext(done);
  };
  // "None of these" on the last open list moves on by itself: one tap per screen.
  const advance = useRef(false);
  useEffect(() => {
    if (!advance.current) return;
    advance.current = false;
    if (left.length === 0) next();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (left.length === 0) next();
  };
  const set = (code: FindingQuestion['code'], a: 'yes' | 'no' | 'unsure') =>
    onAnswers((current) => withResponse(current, code, a));
  const formQuestions = step.questions.filter((q) => q.kind !== 'finding' || !q.list);
  return (
    <Page title={group.title} lead={group.intro}>
      {reviewingEmergency ? (
        <Notice tone="emergency" title="Your answers still point to an emergency">
          <p>Change the answer that was a mistake. If it was not a mistake, {CALL_NOW_SIGNS.ifYes.emergency}.</p>
        </Notice>
      ) : (
        <>
          <p className="progress check-progress">
            Step {part} of {of}
          </p>
          <div className="check-progress-bar" aria-hidden="true">
            <span style={{ width: `${Math.round((part / of) * 100)}%` }} />
          </div>
        </>
      )}
      <form noValidate onSubmit={submit} aria-label={group.title}>
        {(group.lists ?? []).map((list) => {
          const questions = step.questions.filter((q): q is FindingQuestion => inList(q, list.id));
          if (questions.length === 0) return null;
          return list.style === 'tick' ? (
            <TickList key={list.id} list={list} questions={questions} responses={answers.responses} onSet={set} />
          ) : (
            <AnyOfList
              key={list.id}
              list={list}
              questions={questions}
              responses={answers.responses}
              onSet={set}
              onNone={() => {
                advance.current = true;
                onAnswers((current) => questions.reduce((a, q) => withResponse(a, q.code, 'no'), current));
              }}
            />
          );
        })}
        {formQuestions.map((q) => {
          if (q.kind === 'finding')
            return (
              <FindingAnswer
                key={q.code}
                question={q}
                value={answers.responses[q.code]}
                onChange={(a) => set(q.code, a)}
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
          if (q.kind === 'choice')
            return (
              <ChoiceAnswer
                key={q.field}
                question={q}
                value={answers.onsetChoice}
                onChange={(id) => onAnswers((current) => withChoice(current, id))}
              />
            );
          if (q.input === 'scale')
            return (
              <ScoreScale
                key={q.field}
                legend={q.text}
                value={answers[q.field] ?? null}
                onChange={(n) => onAnswers((current) => withNumber(current, q.field, n))}
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
        {left.length > 0 ? (
          <p className="muted check-left" id="check-left">
            Still to answer: {left.join('; ')}. For a list, choose "None of these" or the ones you have.
          </p>
        ) : null}
        <div className="row check-nav">
          {onBack ? (
            <Button variant="secondary" onClick={onBack}>
              Back
            </Button>
          ) : null}
          <Button
            type="submit"
            disabled={left.length > 0}
            aria-describedby={left.length > 0 ? 'check-left' : undefined}
          >
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
