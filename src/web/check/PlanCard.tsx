import type { PlanEntry } from '#engine';
import { Link } from '../ui/Link.tsx';
import { SourceList } from './SourceList.tsx';

const KIND: Record<PlanEntry['kind'], string> = {
  referral: 'Get help',
  comfort: 'Comfort',
  movement: 'Movement',
  exercise: 'Exercise',
  medicine: 'Medicine',
  advice: 'Advice',
};

/** One item of the plan: what to do, step by step, its cautions and a way to start it. */
export function PlanCard({ entry }: { entry: PlanEntry }) {
  const exercise = entry.exercise?.replace(/^exercise\//, '');
  return (
    <article className="card check-plan" aria-labelledby={`plan-${entry.code}`}>
      <p className="check-kind">{KIND[entry.kind]}</p>
      <h3 id={`plan-${entry.code}`}>{entry.title}</h3>
      <p>{entry.detail}</p>
      {entry.steps.length > 0 ? (
        <ol>
          {entry.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      ) : null}
      {entry.cautions.length > 0 ? (
        <ul className="plain check-cautions">
          {entry.cautions.map((c) => (
            <li key={c}>
              <strong>
                <span aria-hidden="true">⚠ </span>Caution:
              </strong>{' '}
              {c}
            </li>
          ))}
        </ul>
      ) : null}
      {entry.timer || exercise ? (
        <p className="row">
          {entry.timer ? (
            <Link className="btn btn-primary" href={`/relief/${entry.timer.kind}`}>
              {entry.timer.kind === 'heat' ? 'Start heat timer' : 'Start cold timer'}
            </Link>
          ) : null}
          {exercise ? (
            <Link className="btn btn-primary" href={`/exercise/${exercise}`}>
              Start exercise<span className="visually-hidden">: {entry.title}</span>
            </Link>
          ) : null}
        </p>
      ) : null}
      <p className="muted">Why this is in your plan: {entry.why}</p>
      <SourceList ids={entry.sources} about={entry.title} />
    </article>
  );
}
