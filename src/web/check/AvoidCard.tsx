import type { AvoidEntry } from '#engine';
import { SourceList } from './SourceList.tsx';

/** Something to avoid and why (the myth it answers is in the result's "Myth vs evidence"). */
export function AvoidCard({ entry }: { entry: AvoidEntry }) {
  return (
    <article className="card" aria-labelledby={`avoid-${entry.code}`}>
      <h3 id={`avoid-${entry.code}`}>{entry.title}</h3>
      <p>{entry.why}</p>
      <SourceList ids={entry.sources} about={entry.title} />
    </article>
  );
}
