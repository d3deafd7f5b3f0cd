// Sends what was saved on this device while offline, oldest first. Stops at the first network
// failure (still offline) and keeps the rest; an entry the server refuses as invalid is dropped,
// because sending it again could never succeed.
import { api } from '../api-client.ts';
import { outboxFor, removeFromOutbox } from '../storage/diary-outbox.ts';
import type { Escalation, SavedCheckin, SavedEpisode } from './types.ts';

export type FlushResult = { sent: number; dropped: number; notices: string[]; escalations: Escalation[] };

// One flush at a time: the `online` event and a re-render can both ask, and two concurrent
// flushes would send the same entries twice.
let running: Promise<FlushResult> | undefined;

export function flushOutbox(userId: string): Promise<FlushResult> {
  running ??= send(userId).finally(() => {
    running = undefined;
  });
  return running;
}

async function send(userId: string): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, dropped: 0, notices: [], escalations: [] };
  for (const item of outboxFor(userId)) {
    const r =
      item.kind === 'episode'
        ? // The item's localId, made once when it was queued, is its idempotency key: an answer
          // lost on the way back and a resend store one episode, not two.
          await api.create<SavedEpisode>('/api/episodes', item.body, item.localId)
        : await api.put<SavedCheckin>(`/api/checkins/${item.body.date}`, withoutDate(item.body));
    if (r.ok) {
      removeFromOutbox(item.localId);
      result.sent += 1;
      if ('notices' in r.data) result.notices.push(...r.data.notices);
      if ('escalation' in r.data) result.escalations.push(r.data.escalation);
    } else if (r.status === 400 || r.status === 422) {
      removeFromOutbox(item.localId);
      result.dropped += 1;
    } else {
      break;
    }
  }
  return result;
}

function withoutDate<T extends { date: string }>(body: T): Omit<T, 'date'> {
  const { date: _date, ...rest } = body;
  return rest;
}
