import type { Intake } from '#engine';
import type { FindingCode } from '#knowledge';
import { findingLabel } from './flow.ts';

/** The answers behind an item: "yes" or "not sure", each with its question's short label. */
export function AnswerList({ findings, intake }: { findings: readonly FindingCode[]; intake: Intake }) {
  if (findings.length === 0) return null;
  const unsure = new Set(intake.unsure ?? []);
  return (
    <ul className="check-answers">
      {findings.map((code) => (
        <li key={code}>
          {unsure.has(code) ? 'You were not sure about: ' : 'You said yes to: '}
          {findingLabel(code)}
        </li>
      ))}
    </ul>
  );
}
