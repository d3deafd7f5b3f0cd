import type { Exercise } from '#knowledge';

/** The stop signs and cautions, always on the page (never behind a toggle), in a marked box. */
export function StopIfBox({ exercise }: { exercise: Exercise }) {
  return (
    <section id="stop-if" className="relief-stop" aria-labelledby="stop-if-title">
      <h2 id="stop-if-title">
        <span aria-hidden="true">⚠ </span>Stop if…
      </h2>
      <ul className="stack">
        {exercise.stopIf.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>Take care</h3>
      <ul className="stack">
        {exercise.cautions.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
