import type { AvoidEntry } from '#engine';
import { MythNote } from './MythNote.tsx';
import { SourceList } from './SourceList.tsx';

/** Something to avoid, why, and the myth it answers when there is one. */
export function AvoidCard({ entry }: { entry: AvoidEntry }) {
  return (
    <article className="card" aria-labelledby={`avoid-${entry.code}`}>
      <h3 id={`avoid-${entry.code}`}>{entry.title}</h3>
      <p>{entry.why}</p>
      {entry.myth ? <MythNote id={entry.myth} about={entry.title} /> : null}
      <SourceList ids={entry.sources} about={entry.title} />
    </article>
  );
}
