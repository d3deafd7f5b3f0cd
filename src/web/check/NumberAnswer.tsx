import { useState } from 'react';
import type { NumberQuestion } from '#knowledge';

/** What is wrong with what was typed, in plain words, or null. `finished`: the person left the box. */
function numberProblem(text: string, q: NumberQuestion, finished: boolean): string | null {
  const t = text.trim();
  const range = `from ${q.min} to ${q.max}${q.unit ? ` ${q.unit}` : ''}`;
  if (t === '') return null;
  if (!/^\d+$/.test(t)) return `Use digits only, as a whole number ${range}.`;
  const n = Number(t);
  if (n > q.max || (finished && n < q.min)) return `Enter a number ${range}.`;
  return null;
}

/** A whole number typed on the phone's number pad; optional ones can be skipped. */
export function NumberAnswer({
  question,
  value,
  skipped,
  onChange,
  onSkip,
}: {
  question: NumberQuestion;
  value: number | undefined;
  skipped: boolean;
  onChange: (value: number | undefined) => void;
  onSkip: (skip: boolean) => void;
}) {
  const id = `q-${question.field}`;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [finished, setFinished] = useState(false);
  const problem = numberProblem(text, question, finished);
  const describedBy = [
    `${id}-help`,
    question.unit ? `${id}-unit` : '',
    problem ? `${id}-error` : '',
    skipped ? `${id}-skipped` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const change = (next: string) => {
    setText(next);
    const t = next.trim();
    const n = Number(t);
    const valid = /^\d+$/.test(t) && n >= question.min && n <= question.max;
    onChange(valid ? n : undefined);
  };
  return (
    <div className="check-question check-number">
      <label className="field" htmlFor={id}>
        {question.text}
        {question.required ? null : <span className="muted"> (optional)</span>}
      </label>
      <p className="help" id={`${id}-help`}>
        {question.help}
      </p>
      <div className="check-number-row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => change(e.target.value)}
          onBlur={() => setFinished(true)}
        />
        {question.unit ? <span id={`${id}-unit`}>{question.unit}</span> : null}
        {question.required ? null : (
          <button
            type="button"
            className="btn btn-quiet"
            aria-pressed={skipped}
            onClick={() => {
              setText('');
              setFinished(false);
              onSkip(!skipped);
            }}
          >
            Skip<span className="visually-hidden"> this question</span>
          </button>
        )}
      </div>
      {problem ? (
        <p className="error-text" id={`${id}-error`}>
          {problem}
        </p>
      ) : null}
      {skipped ? (
        <p className="help" id={`${id}-skipped`}>
          Skipped. Type a number if you want to answer it after all.
        </p>
      ) : null}
    </div>
  );
}
