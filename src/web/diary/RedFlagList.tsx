import type { Escalation } from './types.ts';

/** Names each warning sign, saying which are new since the last check-in. */
export function RedFlagList({ escalation }: { escalation: Escalation }) {
  if (escalation.redFlags.length === 0) return null;
  return (
    <ul className="plain stack">
      {escalation.redFlags.map((f) => (
        <li key={f.code} className="card">
          <p className="flag-kind">
            {escalation.newRedFlags.includes(f.code) ? 'New warning sign' : 'Warning sign still present'}
          </p>
          <h3>{f.title}</h3>
          <p>{f.summary}</p>
        </li>
      ))}
    </ul>
  );
}
