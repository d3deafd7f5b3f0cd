import { useId } from 'react';
import type { FindingCode } from '#knowledge';
import { Button } from '../ui/Button.tsx';
import { RED_FLAG_QUESTIONS, type RedFlagAnswer } from './checkin-form.ts';

const ANSWERS: readonly { answer: RedFlagAnswer; label: string }[] = [
  { answer: 'yes', label: 'Yes' },
  { answer: 'no', label: 'No' },
  { answer: 'unsure', label: 'Not sure' },
];

/** The warning-sign questions, asked again at every check-in: yes / no / not sure each. */
export function RedFlagQuestions({
  answers,
  onAnswer,
  onNoneOfThese,
  error,
}: {
  answers: Partial<Record<FindingCode, RedFlagAnswer>>;
  onAnswer: (code: FindingCode, answer: RedFlagAnswer) => void;
  onNoneOfThese: () => void;
  error?: string | undefined;
}) {
  const id = useId();
  const open = RED_FLAG_QUESTIONS.filter((q) => answers[q.code] === undefined).length;
  return (
    <section aria-labelledby={`${id}-title`} id={`${id}-section`}>
      <h2 id={`${id}-title`}>Warning signs, asked again</h2>
      <p>
        These can appear later in an episode, so they are asked every day. If you cannot tell, choose "Not sure". A yes
        takes you straight to what to do.
      </p>
      {error ? (
        <p className="error-text" id="checkin-redFlagsAll">
          {error}
        </p>
      ) : null}
      {open > 0 ? (
        <p>
          <Button variant="secondary" onClick={onNoneOfThese}>
            I have none of these
            <span className="visually-hidden">
              {' '}
              (answers No to the {open} open questions; you can still change each)
            </span>
          </Button>
        </p>
      ) : null}
      {RED_FLAG_QUESTIONS.map((q) => (
        <fieldset key={q.code} aria-describedby={`${id}-${q.code}-help`}>
          <legend>{q.text}</legend>
          <p className="help" id={`${id}-${q.code}-help`}>
            {q.help}
          </p>
          <div className="choice-row">
            {ANSWERS.map(({ answer, label }) => (
              <div className="choice" key={answer}>
                <input
                  type="radio"
                  id={`${id}-${q.code}-${answer}`}
                  name={`${id}-${q.code}`}
                  checked={answers[q.code] === answer}
                  onChange={() => onAnswer(q.code, answer)}
                />
                <label htmlFor={`${id}-${q.code}-${answer}`}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
}
