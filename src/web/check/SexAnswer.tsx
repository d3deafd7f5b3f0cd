import type { SexQuestion } from '#knowledge';
import type { CheckAnswers } from '../storage/check-answers.ts';

type Sex = NonNullable<CheckAnswers['sex']>;

/** The sex question: radio pills, and a skip (it is never required). */
export function SexAnswer({
  question,
  value,
  skipped,
  onChange,
  onSkip,
}: {
  question: SexQuestion;
  value: Sex | undefined;
  skipped: boolean;
  onChange: (sex: Sex) => void;
  onSkip: (skip: boolean) => void;
}) {
  return (
    <fieldset className="check-question" aria-describedby="q-sex-help">
      <legend>
        {question.text} <span className="muted">(optional)</span>
      </legend>
      <p className="help" id="q-sex-help">
        {question.help}
      </p>
      <div className="choice-row">
        {question.options.map((option) => (
          <div className="choice" key={option.value}>
            <input
              type="radio"
              id={`q-sex-${option.value}`}
              name="q-sex"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={`q-sex-${option.value}`}>{option.label}</label>
          </div>
        ))}
        <button type="button" className="btn btn-quiet" aria-pressed={skipped} onClick={() => onSkip(!skipped)}>
          Skip<span className="visually-hidden"> this question</span>
        </button>
      </div>
      {skipped ? <p className="help">Skipped. Choose an answer if you want to answer it after all.</p> : null}
    </fieldset>
  );
}
