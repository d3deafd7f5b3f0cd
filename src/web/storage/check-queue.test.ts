import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from './check-answers.ts';
import {
  CHECK_QUEUE_KEY,
  CHECK_QUEUE_LIMIT,
  CHECK_QUEUE_SCHEMA_VERSION,
  type CheckQueue,
  checkSaveBody,
  flushCheckQueue,
  loadCheckQueue,
  type QueuedCheck,
  queueCheck,
  restoreCheckQueue,
  withQueued,
} from './check-queue.ts';

const makeItem = (id: string, over: Partial<QueuedCheck> = {}): QueuedCheck => ({
  id,
  userId: 'u1',
  intake: { age: 34, onsetDaysAgo: 2, findings: ['heavy_lifting'], unsure: [] },
  completedAt: '2025-03-01T09:58:00.000Z',
  queuedAt: '2025-03-01T10:00:00.000Z',
  ...over,
});

const makeStore = (): KeyValueStore & { data: Record<string, string> } => {
  const data: Record<string, string> = {};
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
};

const empty: CheckQueue = { schemaVersion: CHECK_QUEUE_SCHEMA_VERSION, items: [] };

describe('restoreCheckQueue', () => {
  it('is empty for nothing, junk or a newer schema version', () => {
    for (const input of [null, 'x', {}, { items: 'no' }, { schemaVersion: 99, items: [makeItem('a')] }]) {
      expect(restoreCheckQueue(input)).toEqual(empty);
    }
  });

  it('round-trips valid items', () => {
    const queue = {
      schemaVersion: CHECK_QUEUE_SCHEMA_VERSION,
      items: [makeItem('a'), makeItem('b', { userId: null })],
    };
    expect(restoreCheckQueue(JSON.parse(JSON.stringify(queue)))).toEqual(queue);
  });

  it('drops damaged items and duplicates, and repairs the rest', () => {
    const restored = restoreCheckQueue({
      items: [
        makeItem('a'),
        makeItem('a', { userId: 'someone-else' }),
        { id: '', intake: makeItem('x').intake },
        { id: 'no-intake' },
        { id: 'bad-intake', intake: { age: 200, onsetDaysAgo: 1 } },
        { id: 'c', userId: 7, intake: { age: 50, onsetDaysAgo: 3, findings: ['nope'] } },
      ],
    });
    expect(restored.items).toEqual([
      makeItem('a'),
      {
        id: 'c',
        userId: null,
        intake: { age: 50, onsetDaysAgo: 3, findings: [], unsure: [] },
        completedAt: new Date(0).toISOString(),
        queuedAt: new Date(0).toISOString(),
      },
    ]);
  });

  it('keeps at most the newest CHECK_QUEUE_LIMIT items', () => {
    const items = Array.from({ length: CHECK_QUEUE_LIMIT + 5 }, (_, i) => makeItem(`id${i}`));
    const restored = restoreCheckQueue({ items });
    expect(restored.items).toHaveLength(CHECK_QUEUE_LIMIT);
    expect(restored.items[0]?.id).toBe('id5');
  });
});

describe('withQueued / queueCheck', () => {
  it('adds an item once, replacing one with the same id', () => {
    const once = withQueued(empty, makeItem('a'));
    const twice = withQueued(once, makeItem('a', { userId: 'u2' }));
    expect(twice.items).toEqual([makeItem('a', { userId: 'u2' })]);
  });

  it('stores the queue and reads it back', () => {
    const store = makeStore();
    queueCheck(makeItem('a'), store);
    queueCheck(makeItem('b'), store);
    expect(Object.keys(store.data)).toEqual([CHECK_QUEUE_KEY]);
    expect(loadCheckQueue(store).items.map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('sending queued checks', () => {
  const ID = '6f1c2b1e-8a4d-4c3b-9e2f-0a1b2c3d4e5f';
  const calls: { url: string; body: unknown }[] = [];
  /** A server that is signed in as u1 and answers each save with `status` in turn. */
  const server = (...statuses: number[]) =>
    vi.fn(async (url: string, init?: { body?: string }) => {
      if (url === '/api/auth/get-session') return Response.json({ user: { id: 'u1' } });
      calls.push({ url, body: init?.body ? JSON.parse(init.body) : undefined });
      const status = statuses.shift() ?? 201;
      return Response.json(status < 300 ? { stored: true } : { status }, { status });
    });
  afterEach(() => {
    vi.unstubAllGlobals();
    calls.length = 0;
  });

  it('restores an item queued before completion times were kept with its queue time', () => {
    const { completedAt: _, ...old } = makeItem(ID);
    expect(restoreCheckQueue({ items: [old] }).items[0]?.completedAt).toBe(old.queuedAt);
  });

  it('saves a check with its answers, its id and when it was completed', () => {
    expect(checkSaveBody(makeItem(ID))).toEqual({
      ...makeItem(ID).intake,
      clientId: ID,
      completedAt: '2025-03-01T09:58:00.000Z',
    });
    // An id that is not a UUID (older versions on insecure origins), or no known time: left out.
    expect(checkSaveBody(makeItem('k3x-9', { completedAt: new Date(0).toISOString() }))).toEqual(makeItem('x').intake);
  });

  it('sends the same id and completion time again after a failed send, then forgets the check', async () => {
    const store = makeStore();
    queueCheck(makeItem(ID), store);
    vi.stubGlobal('fetch', server(503, 201));
    expect(await flushCheckQueue(store)).toEqual([]);
    expect(loadCheckQueue(store).items).toHaveLength(1);
    expect(await flushCheckQueue(store)).toEqual([ID]);
    expect(loadCheckQueue(store).items).toEqual([]);
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call).toEqual({
        url: '/api/assessments',
        body: { ...makeItem(ID).intake, clientId: ID, completedAt: '2025-03-01T09:58:00.000Z' },
      });
    }
  });
});
