// Saving a finished check to the account: straight away when online, through the offline queue
// otherwise, always with its id and completion time (a retry is stored once, and a check saved
// later keeps its time). Anonymous checks are not stored (the server answers `stored: false`).
import { useEffect } from 'react';
import type { AssessAnswer } from '#contract';
import { type SessionState, useSession } from '../account/use-session.ts';
import { api } from '../api-client.ts';
import type { CheckResult, SaveState } from '../storage/check-answers.ts';
import { checkSaveBody, flushCheckQueue, onChecksSent, queueCheck } from '../storage/check-queue.ts';

const inflight = new Map<string, Promise<SaveState>>();

async function send(result: CheckResult, session: SessionState): Promise<SaveState> {
  // Known to be signed out: nothing to save to. Not known (offline since the app opened): try.
  const known = !session.loading && !session.offline;
  if (known && !session.user) return 'signed-out';
  const r = await api.post<AssessAnswer>('/api/assessments', checkSaveBody(result));
  if (r.ok) return r.data.stored ? 'saved' : 'signed-out';
  if (!(r.offline || r.status >= 500 || r.status === 429)) return 'failed';
  queueCheck({
    id: result.id,
    userId: session.user?.id ?? null,
    intake: result.intake,
    completedAt: result.completedAt,
    queuedAt: new Date().toISOString(),
  });
  return 'queued';
}

/** Saves `result` once (and again after signing in); reports each change through `onSave`. */
export function useCheckSave(result: CheckResult, onSave: (id: string, save: SaveState) => void): SessionState {
  const session = useSession();
  const { id, save } = result;
  const signedIn = session.user !== null;

  useEffect(() => {
    if (save === 'signed-out' && signedIn) onSave(id, 'pending');
  }, [id, save, signedIn, onSave]);

  const { user, loading, offline } = session;
  useEffect(() => {
    if (save !== 'pending' || loading) return;
    let request = inflight.get(id);
    if (!request) {
      request = send(result, { user, loading, offline }).finally(() => inflight.delete(id));
      inflight.set(id, request);
    }
    let live = true;
    void request.then((next) => {
      if (live) onSave(id, next);
    });
    return () => {
      live = false;
    };
  }, [id, save, result, user, loading, offline, onSave]);

  useEffect(() => {
    if (save !== 'queued') return;
    const off = onChecksSent((ids) => {
      if (ids.includes(id)) onSave(id, 'saved');
    });
    void flushCheckQueue();
    return off;
  }, [id, save, onSave]);

  return session;
}
