import { useState } from 'react';
import type { CauseResult, Intake } from '#engine';
import { AnswerList } from './AnswerList.tsx';
import { SourceList } from './SourceList.tsx';

const STRENGTH: Record<CauseResult['strength'], string> = {
  likely: 'Likely: your answers fit this well',
  possible: 'Possible: some of your answers fit this',
};
const SHOWN = 3;

/** Likely causes, strongest first: the top three, and the rest on request. */
export function CauseList({ causes, intake }: { causes: readonly CauseResult[]; intake: Intake }) {
  const [all, setAll] = useState(false);
  const shown = all ? causes : causes.slice(0, SHOWN);
  return (
    <>
      <ul className="plain stack" id="check-causes">
        {shown.map((cause) => (
          <li key={cause.code} className="card">
            <h3>{cause.title}</h3>
            <p className="check-strength">{STRENGTH[cause.strength]}</p>
            <p>{cause.explanation}</p>
            <AnswerList findings={cause.findings} intake={intake} />
            <SourceList ids={cause.sources} about={cause.title} />
          </li>
        ))}
      </ul>
      {causes.length > SHOWN ? (
        <p>
          <button
            type="button"
            className="btn btn-secondary"
            aria-expanded={all}
            aria-controls="check-causes"
            onClick={() => setAll(!all)}
          >
            {all ? 'Show fewer' : `Show ${causes.length - SHOWN} more`}
          </button>
        </p>
      ) : null}
    </>
  );
}
