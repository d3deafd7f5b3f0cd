import type { ChoiceQuestion } from '#knowledge';

/** How long, as a choice a person in pain can make (one tap). */
export function ChoiceAnswer({
  question,
  value,
  onChange,
}: {
  question: ChoiceQuestion;
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const name = `q-${question.field}`;
  return (
    <fieldset className="check-question" aria-describedby={`${name}-help`}>
      <legend>{question.text}</legend>
      <p className="help" id={`${name}-help`}>
        {question.help}
      </p>
      <div className="choice-row">
        {question.options.map((option) => (
          <div className="choice" key={option.id}>
            <input
              type="radio"
              id={`${name}-${option.id}`}
              name={name}
              value={option.id}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
            />
            <label htmlFor={`${name}-${option.id}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
