import { useState } from 'react';
import type { Answer } from '#engine';
import { CAUDA_EQUINA_SELF_CHECKS, type FindingCode, type FindingQuestion, type QuestionList } from '#knowledge';
import { SelfCheck } from './SelfCheck.tsx';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const CHECKS: Partial<Record<FindingCode, unknown>> = CAUDA_EQUINA_SELF_CHECKS.checks;

/**
 * "Do you have any of these?": the items listed plainly, a big "None of these" (every item no,
 * one tap) and "Yes, one or more" (then yes / not sure / no per item; an item left alone is no).
 * A "not sure" to a cauda-equina item first shows a short self-check and asks again.
 */
export function AnyOfList({
  list,
  questions,
  responses,
  onSet,
  onNone,
}: {
  list: QuestionList;
  questions: readonly FindingQuestion[];
  responses: Readonly<Partial<Record<FindingCode, Answer>>>;
  onSet: (code: FindingCode, answer: Answer) => void;
  onNone: () => void;
}) {
  const anyYes = questions.some((q) => responses[q.code] === 'yes' || responses[q.code] === 'unsure');
  const allNo = questions.every((q) => responses[q.code] === 'no');
  const [open, setOpen] = useState(anyYes);
  const [checking, setChecking] = useState<FindingCode | null>(null);
  const showItems = open || anyYes;
  const titleId = `list-${list.id}`;
  return (
    <section className="any-of" aria-labelledby={titleId} data-codes={questions.map((q) => q.code).join(' ')}>
      <h2 id={titleId} className="any-of-title">
        {list.title}
      </h2>
      {showItems ? null : (
        <>
          <ul className="any-of-items">
            {questions.map((q) => (
              <li key={q.code}>{capital(q.label)}</li>
            ))}
          </ul>
          <details className="check-help">
            <summary>
              What counts?<span className="visually-hidden"> ({list.title})</span>
            </summary>
            <dl className="any-of-help">
              {questions.map((q) => (
                <div key={q.code}>
                  <dt>{capital(q.label)}</dt>
                  <dd>
                    {q.text} {q.help}
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
      <div className="any-of-answers">
        <button
          type="button"
          className="btn btn-primary btn-big"
          aria-pressed={allNo}
          onClick={() => {
            setOpen(false);
            setChecking(null);
            onNone();
          }}
        >
          None of these
        </button>
        <button
          type="button"
          className="btn btn-secondary btn-big"
          aria-pressed={showItems}
          aria-expanded={showItems}
          aria-controls={`${titleId}-choices`}
          onClick={() => setOpen(true)}
        >
          Yes, one or more
        </button>
      </div>
      {showItems ? (
        <div id={`${titleId}-choices`} className="stack">
          <p className="help">Choose yes or not sure for each one you have. Anything you leave is a no.</p>
          {questions.map((q) => {
            const value = checking === q.code ? 'unsure' : responses[q.code];
            const name = `q-${q.code}`;
            return (
              <fieldset key={q.code} className="check-question any-of-item">
                <legend>{capital(q.label)}</legend>
                <div className="choice-row">
                  {(
                    [
                      ['yes', 'Yes'],
                      ['unsure', 'Not sure'],
                      ['no', 'No'],
                    ] as const
                  ).map(([answer, label]) => (
                    <div className="choice" key={answer}>
                      <input
                        type="radio"
                        id={`${name}-${answer}`}
                        name={name}
                        value={answer}
                        checked={value === answer}
                        onChange={() => {
                          if (answer === 'unsure' && CHECKS[q.code]) {
                            setChecking(q.code);
                            return;
                          }
                          setChecking(null);
                          onSet(q.code, answer);
                        }}
                      />
                      <label htmlFor={`${name}-${answer}`}>{label}</label>
                    </div>
                  ))}
                </div>
                {checking === q.code ? (
                  <SelfCheck
                    code={q.code}
                    onAnswer={(answer) => {
                      setChecking(null);
                      onSet(q.code, answer);
                    }}
                  />
                ) : (
                  <details className="check-help">
                    <summary>
                      What counts?<span className="visually-hidden"> ({q.label})</span>
                    </summary>
                    <p className="help">{q.text}</p>
                    <p className="help">{q.help}</p>
                  </details>
                )}
              </fieldset>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
