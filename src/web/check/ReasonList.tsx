import type { Intake, Reason } from '#engine';
import { AnswerList } from './AnswerList.tsx';
import { SourceList } from './SourceList.tsx';

/** "Why": each reason, opened to show the answers and the sources behind it. */
export function ReasonList({ reasons, intake }: { reasons: readonly Reason[]; intake: Intake }) {
  return (
    <ul className="plain stack">
      {reasons.map((reason) => (
        <li key={reason.text}>
          <details className="card check-reason">
            <summary>{reason.text}</summary>
            {reason.findings.length > 0 ? (
              <>
                <p>The answers behind this:</p>
                <AnswerList findings={reason.findings} intake={intake} />
              </>
            ) : (
              <p>This is based on all your answers together.</p>
            )}
            <SourceList ids={reason.sources} about="this reason" />
          </details>
        </li>
      ))}
    </ul>
  );
}
