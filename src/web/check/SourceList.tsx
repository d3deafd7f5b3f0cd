import { useState } from 'react';
import { useReferences } from './use-references.ts';

/** The works, each linked where the catalogue has its address; loads the catalogue on first use. */
export function SourceItems({ ids }: { ids: readonly string[] }) {
  const refs = useReferences();
  if (refs.status === 'loading') return <p role="status">Loading the sources…</p>;
  if (refs.status === 'failed') return <p>The list of sources could not be loaded. Try again when you are online.</p>;
  return (
    <ul>
      {ids.map((id) => {
        const source = refs.refs.sourcesById.get(id);
        if (!source) return <li key={id}>{id}</li>;
        const text = `${source.title}. ${source.publisher}, ${source.year}.`;
        return (
          <li key={id}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {text}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** "Sources (n)": the works behind an item, loaded the first time the list is opened. */
export function SourceList({ ids, about }: { ids: readonly string[]; about: string }) {
  const [open, setOpen] = useState(false);
  if (ids.length === 0) return null;
  return (
    <details className="sources" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Sources ({ids.length})<span className="visually-hidden"> for {about}</span>
      </summary>
      {open ? <SourceItems ids={ids} /> : null}
    </details>
  );
}
