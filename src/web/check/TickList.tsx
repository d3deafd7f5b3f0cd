import type { Answer } from '#engine';
import type { FindingCode, FindingQuestion, QuestionList } from '#knowledge';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Contributors to tick: a ticked item is yes, anything left unticked is no. */
export function TickList({
  list,
  questions,
  responses,
  onSet,
}: {
  list: QuestionList;
  questions: readonly FindingQuestion[];
  responses: Readonly<Partial<Record<FindingCode, Answer>>>;
  onSet: (code: FindingCode, answer: Answer) => void;
}) {
  return (
    <fieldset className="tick-list">
      <legend>{list.title}</legend>
      <p className="help">Tick any that fit; leave the rest.</p>
      <div className="tick-items">
        {questions.map((q) => (
          <div className="tick" key={q.code}>
            <input
              type="checkbox"
              id={`q-${q.code}-yes`}
              checked={responses[q.code] === 'yes'}
              onChange={(e) => onSet(q.code, e.target.checked ? 'yes' : 'no')}
              aria-describedby={`q-${q.code}-help`}
            />
            <label htmlFor={`q-${q.code}-yes`}>{capital(q.label)}</label>
            <span className="visually-hidden" id={`q-${q.code}-help`}>
              {q.help}
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
