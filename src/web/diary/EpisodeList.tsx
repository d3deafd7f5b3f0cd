import { useEffect, useState } from 'react';
import { api } from '../api-client.ts';
import { Button } from '../ui/Button.tsx';
import { EpisodeItem } from './EpisodeItem.tsx';
import type { Episode, EpisodePage } from './types.ts';

const PAGE = 20;

/** The latest spasms, newest first, 20 at a time (remount it with a new key to reload). */
export function EpisodeList() {
  const [items, setItems] = useState<Episode[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let live = true;
    void api.get<EpisodePage>(`/api/episodes?limit=${PAGE}`).then((r) => {
      if (!live) return;
      if (r.ok) {
        setItems(r.data.items);
        setNext(r.data.nextCursor);
        setError(null);
      } else setError(r.problem.detail);
    });
    return () => {
      live = false;
    };
  }, []);

  const more = async () => {
    if (!next) return;
    setLoadingMore(true);
    const r = await api.get<EpisodePage>(`/api/episodes?limit=${PAGE}&cursor=${encodeURIComponent(next)}`);
    setLoadingMore(false);
    if (r.ok) {
      setItems((old) => [...(old ?? []), ...r.data.items.filter((e) => !old?.some((o) => o.id === e.id))]);
      setNext(r.data.nextCursor);
    } else setError(r.problem.detail);
  };

  if (error)
    return (
      <p className="error-text" role="alert">
        Your spasms could not be loaded. {error}
      </p>
    );
  if (items === null) return <p role="status">Loading your spasms…</p>;
  if (items.length === 0) return <p className="muted">No spasms logged yet. When one starts, tap "Spasm now".</p>;
  return (
    <>
      <ul className="plain stack">
        {items.map((e) => (
          <EpisodeItem
            key={e.id}
            episode={e}
            onDeleted={() => setItems((old) => (old ?? []).filter((o) => o.id !== e.id))}
          />
        ))}
      </ul>
      {next ? (
        <p>
          <Button variant="secondary" onClick={() => void more()} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </p>
      ) : null}
    </>
  );
}
