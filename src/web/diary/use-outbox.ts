// The entries waiting on this device, sent as soon as the person is online and signed in.
import { useCallback, useEffect, useState } from 'react';
import { type OutboxItem, outboxFor } from '../storage/diary-outbox.ts';
import { type FlushResult, flushOutbox } from './outbox-sync.ts';
import type { DiarySession } from './use-session.ts';

export function useOutbox(session: DiarySession): { items: OutboxItem[]; last: FlushResult | null } {
  const userId = session.status === 'signed-in' ? session.userId : null;
  const online = session.status === 'signed-in' && !session.offline;
  const [items, setItems] = useState<OutboxItem[]>(() => (userId ? outboxFor(userId) : []));
  const [last, setLast] = useState<FlushResult | null>(null);

  const flush = useCallback(async () => {
    if (!userId) return;
    if (outboxFor(userId).length > 0) {
      const result = await flushOutbox(userId);
      if (result.sent > 0 || result.dropped > 0) setLast(result);
    }
    setItems(outboxFor(userId));
  }, [userId]);

  useEffect(() => {
    if (!userId) return;
    setItems(outboxFor(userId));
    if (online) void flush();
    // The connection can come back while this page stays open.
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [userId, online, flush]);

  return { items, last };
}
