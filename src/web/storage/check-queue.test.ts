import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from './check-answers.ts';
import {
  CHECK_QUEUE_KEY,
  CHECK_QUEUE_LIMIT,
  CHECK_QUEUE_SCHEMA_VERSION,
  type CheckQueue,
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
