import { describe, expect, it } from 'vitest';
import { clearAccountData, type KeyStore, unsentCount } from './clear-account-data.ts';

function makeStore(keys: string[], values: Record<string, string> = {}): KeyStore & { keys: string[] } {
  return {
    keys,
    getItem(key) {
      return values[key] ?? null;
    },
    get length() {
      return this.keys.length;
    },
    key(index) {
      return this.keys[index] ?? null;
    },
    removeItem(key) {
      this.keys = this.keys.filter((k) => k !== key);
    },
  };
}

describe('clearAccountData', () => {
  it("removes the account's and the diary's keys and leaves the check's", () => {
    const store = makeStore([
      'unknot.account.x',
      'unknot.check.answers',
      'unknot.diary.draft',
      'unknot.diary.queue',
      'other',
    ]);
    expect(clearAccountData(store)).toBe(3);
    expect(store.keys).toEqual(['unknot.check.answers', 'other']);
  });

  it('does nothing without storage', () => {
    expect(clearAccountData(makeStore([]))).toBe(0);
    expect(clearAccountData(undefined)).toBe(0);
  });
});

describe('unsentCount', () => {
  it("counts the items waiting in the account's queues", () => {
    const store = makeStore(
      ['unknot.diary.outbox', 'unknot.account.check-queue', 'unknot.diary.draft', 'unknot.check.x'],
      {
        'unknot.diary.outbox': JSON.stringify({ schemaVersion: 1, items: [{}, {}] }),
        'unknot.account.check-queue': JSON.stringify({ schemaVersion: 1, items: [{}] }),
        'unknot.diary.draft': 'not json',
        'unknot.check.x': JSON.stringify({ items: [{}, {}, {}] }),
      },
    );
    expect(unsentCount(store)).toBe(3);
    expect(unsentCount(undefined)).toBe(0);
  });
});
