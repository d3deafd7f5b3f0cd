// Finished checks waiting to be saved to the account: a signed-in person who finishes a check
// offline (or while the server is down) keeps it here until the device is back online. The key
// starts with "unknot.account." so signing out clears it with the rest of the account's data.
import type { AssessAnswer, SessionAnswer } from '#contract';
import type { Intake } from '#engine';
import { api } from '../api-client.ts';
import { type KeyValueStore, restoreIntake } from './check-answers.ts';

export const CHECK_QUEUE_KEY = 'unknot.account.check-queue';
export const CHECK_QUEUE_SCHEMA_VERSION = 1;
/** Older checks beyond this many are dropped first; a queue should never grow without limit. */
export const CHECK_QUEUE_LIMIT = 50;

export type QueuedCheck = {
  /** The id of the check's result on this device, made once when it was completed. */
  readonly id: string;
  /** Who was signed in when it was queued; null when that was not known (opened offline). */
  readonly userId: string | null;
  readonly intake: Intake;
  /** When the check was completed (it is saved with this time, not the time it is sent). */
  readonly completedAt: string;
  readonly queuedAt: string;
};

export type CheckQueue = {
  readonly schemaVersion: typeof CHECK_QUEUE_SCHEMA_VERSION;
  readonly items: readonly QueuedCheck[];
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function restoreItem(v: unknown): QueuedCheck | null {
  if (!isRecord(v) || typeof v.id !== 'string' || v.id === '') return null;
  const intake = restoreIntake(v.intake);
  if (!intake) return null;
  const userId = typeof v.userId === 'string' && v.userId !== '' ? v.userId : null;
  const queuedAt = isInstant(v.queuedAt) ? v.queuedAt : new Date(0).toISOString();
  // Items queued before completion times were kept: queued at once, so about when completed.
  const completedAt = isInstant(v.completedAt) ? v.completedAt : queuedAt;
  return { id: v.id, userId, intake, completedAt, queuedAt };
}

const isInstant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The body that saves a finished check: its answers, when it was completed, and its id, so a
 * save sent again (a retry, a second tab) is stored once. Ids that are not UUIDs (made by older
 * versions on insecure origins) are left out; the server then stores each send.
 */
export function checkSaveBody(check: Pick<QueuedCheck, 'id' | 'intake' | 'completedAt'>) {
  return {
    ...check.intake,
    ...(UUID.test(check.id) ? { clientId: check.id } : {}),
    ...(Date.parse(check.completedAt) > 0 ? { completedAt: check.completedAt } : {}),
  };
}

/** Anything read from storage → a valid queue: damaged items are dropped, duplicates kept once. */
export function restoreCheckQueue(v: unknown): CheckQueue {
  const empty: CheckQueue = { schemaVersion: CHECK_QUEUE_SCHEMA_VERSION, items: [] };
  if (!isRecord(v) || !Array.isArray(v.items)) return empty;
  if (typeof v.schemaVersion === 'number' && v.schemaVersion > CHECK_QUEUE_SCHEMA_VERSION) return empty;
  const seen = new Set<string>();
  const items: QueuedCheck[] = [];
  for (const raw of v.items) {
    const item = restoreItem(raw);
    if (item && !seen.has(item.id)) {
      seen.add(item.id);
      items.push(item);
    }
  }
  return { schemaVersion: CHECK_QUEUE_SCHEMA_VERSION, items: items.slice(-CHECK_QUEUE_LIMIT) };
}

/** The queue with `item` added (or replacing the item with the same id), oldest dropped first. */
export function withQueued(queue: CheckQueue, item: QueuedCheck): CheckQueue {
  const items = [...queue.items.filter((i) => i.id !== item.id), item].slice(-CHECK_QUEUE_LIMIT);
  return { schemaVersion: CHECK_QUEUE_SCHEMA_VERSION, items };
}

const deviceStore = (): KeyValueStore | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

export function loadCheckQueue(store: KeyValueStore | undefined = deviceStore()): CheckQueue {
  try {
    const text = store?.getItem(CHECK_QUEUE_KEY);
    return restoreCheckQueue(text ? JSON.parse(text) : null);
  } catch {
    return restoreCheckQueue(null);
  }
}

function saveCheckQueue(queue: CheckQueue, store: KeyValueStore | undefined): void {
  try {
    if (queue.items.length === 0) store?.removeItem(CHECK_QUEUE_KEY);
    else store?.setItem(CHECK_QUEUE_KEY, JSON.stringify(queue));
  } catch {
    // Full or blocked storage: nothing more we can do on this device.
  }
}

export function queueCheck(item: QueuedCheck, store: KeyValueStore | undefined = deviceStore()): void {
  saveCheckQueue(withQueued(loadCheckQueue(store), item), store);
}

// ---- sending -------------------------------------------------------------------------------

const sentListeners = new Set<(ids: readonly string[]) => void>();

/** Calls `listener` with the ids of queued checks each time some are saved; returns an unsubscribe. */
export function onChecksSent(listener: (ids: readonly string[]) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

let flushing: Promise<readonly string[]> | null = null;

/**
 * Sends the queued checks that belong to whoever is signed in now, oldest first, and returns
 * the ids saved. Stops at the first network failure (and tries again on the next call). A check
 * queued for someone else stays for them; one queued without a known user is dropped when
 * nobody is signed in, since there is no account to save it to.
 */
export function flushCheckQueue(store: KeyValueStore | undefined = deviceStore()): Promise<readonly string[]> {
  flushing ??= sendQueued(store).finally(() => {
    flushing = null;
  });
  return flushing;
}

async function sendQueued(store: KeyValueStore | undefined): Promise<readonly string[]> {
  if (loadCheckQueue(store).items.length === 0) return [];
  const session = await api.get<SessionAnswer>('/api/auth/get-session');
  if (!session.ok) return []; // offline or the server is unwell: try again later
  const userId = session.data?.user.id ?? null;
  const sent: string[] = [];
  const done = new Set<string>();
  for (const item of loadCheckQueue(store).items) {
    if (userId === null) {
      if (item.userId === null) done.add(item.id);
      continue;
    }
    if (item.userId !== null && item.userId !== userId) continue;
    const r = await api.post<AssessAnswer>('/api/assessments', checkSaveBody(item));
    if (r.ok) {
      if (!r.data.stored) break; // the session ended while sending: keep the rest
      done.add(item.id);
      sent.push(item.id);
    } else if (r.offline || r.status >= 500 || r.status === 429) {
      break;
    } else {
      done.add(item.id); // refused as invalid: sending it again would fail the same way
    }
  }
  if (done.size > 0) {
    const latest = loadCheckQueue(store); // re-read: a check may have been queued meanwhile
    saveCheckQueue({ ...latest, items: latest.items.filter((i) => !done.has(i.id)) }, store);
  }
  if (sent.length > 0) for (const listener of sentListeners) listener(sent);
  return sent;
}
