import { useEffect, useState } from 'react';
import { api } from '../api-client.ts';
import { Button } from '../ui/Button.tsx';
import { CheckinItem } from './CheckinItem.tsx';
import { addDays, localDate } from './local-time.ts';
import type { Checkin, CheckinList as CheckinPage } from './types.ts';

const PAGE = 14;

/** The latest check-ins, newest first, two weeks' worth at a time; tells whether today's is done. */
export function CheckinList({ onToday }: { onToday: (done: boolean) => void }) {
  const [items, setItems] = useState<Checkin[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    void api.get<CheckinPage>(`/api/checkins?limit=${PAGE}`).then((r) => {
      if (!live) return;
      if (r.ok) {
        setItems(r.data.items);
        setMore(r.data.items.length === PAGE);
      } else setError(r.problem.detail);
    });
    return () => {
      live = false;
    };
  }, []);

  const loadMore = async () => {
    const oldest = items?.at(-1);
    if (!oldest) return;
    setLoading(true);
    const r = await api.get<CheckinPage>(`/api/checkins?limit=${PAGE}&to=${addDays(oldest.date, -1)}`);
    setLoading(false);
    if (r.ok) {
      setItems((old) => [...(old ?? []), ...r.data.items]);
      setMore(r.data.items.length === PAGE);
    } else setError(r.problem.detail);
  };

  useEffect(() => {
    if (items) onToday(items.some((c) => c.date === localDate(new Date())));
  }, [items, onToday]);

  if (error)
    return (
      <p className="error-text" role="alert">
        Your check-ins could not be loaded. {error}
      </p>
    );
  if (items === null) return <p role="status">Loading your check-ins…</p>;
  if (items.length === 0) return <p className="muted">No check-ins yet. One a day takes about two minutes.</p>;
  return (
    <>
      <ul className="plain stack">
        {items.map((c) => (
          <CheckinItem
            key={c.date}
            checkin={c}
            onDeleted={() => setItems((old) => (old ?? []).filter((o) => o.date !== c.date))}
          />
        ))}
      </ul>
      {more ? (
        <p>
          <Button variant="secondary" onClick={() => void loadMore()} disabled={loading}>
            {loading ? 'Loading…' : 'Load more'}
          </Button>
        </p>
      ) : null}
    </>
  );
}
