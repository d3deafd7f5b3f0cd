import { useMemo } from 'react';
import { assess, type Intake } from '#engine';

/** The engine's own explanation of the emergency, under the actions (loaded lazily). */
export function EmergencyReasons({ intake }: { intake: Intake }) {
  const reasons = useMemo(() => assess(intake).reasons.filter((r) => r.level === 'emergency'), [intake]);
  if (reasons.length === 0) return null;
  return (
    <details className="check-more">
      <summary>More about why</summary>
      {reasons.map((r) => (
        <p key={r.text}>{r.text}</p>
      ))}
    </details>
  );
}
