import type { Answer } from '#engine';
import type { FindingQuestion } from '#knowledge';

const OPTIONS: readonly (readonly [Answer, string])[] = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unsure', 'Not sure'],
];

/** One yes / no / not sure question: radio pills in a fieldset, with "What counts?" on demand. */
export function FindingAnswer({
  question,
  value,
  onChange,
}: {
  question: FindingQuestion;
  value: Answer | undefined;
  onChange: (answer: Answer) => void;
}) {
  const name = `q-${question.code}`;
  return (
    <fieldset className="check-question">
      <legend>{question.text}</legend>
      <div className="choice-row">
        {OPTIONS.map(([answer, label]) => (
          <div className="choice" key={answer}>
            <input
              type="radio"
              id={`${name}-${answer}`}
              name={name}
              value={answer}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />
            <label htmlFor={`${name}-${answer}`}>{label}</label>
          </div>
        ))}
      </div>
      <details className="check-help">
        <summary>
          What counts?<span className="visually-hidden"> ({question.label})</span>
        </summary>
        <p className="help">{question.help}</p>
      </details>
    </fieldset>
  );
}
