// What this device keeps for an account (diary drafts, account preferences) is removed when the
// person signs out or deletes the account. The check's own keys are left alone: a check needs no
// account and belongs to whoever holds the phone.
export const ACCOUNT_KEY_PREFIXES = ['unknot.account.', 'unknot.diary.'] as const;

/** The part of the Web Storage interface this needs (so tests can pass a plain object). */
export type KeyStore = {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  removeItem(key: string): void;
};

function accountKeys(storage: KeyStore): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && ACCOUNT_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) keys.push(key);
  }
  return keys;
}

/**
 * How many entries wait on this device to be sent to the account (the diary's outbox and the
 * check's save queue both keep `{ schemaVersion, items: [...] }`). Signing out would drop them.
 */
export function unsentCount(storage: KeyStore | undefined = globalThis.localStorage): number {
  if (!storage) return 0;
  let count = 0;
  for (const key of accountKeys(storage)) {
    try {
      const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
      if (typeof value === 'object' && value !== null && 'items' in value && Array.isArray(value.items))
        count += value.items.length;
    } catch {
      // not JSON: nothing waiting there
    }
  }
  return count;
}

/** Removes every localStorage entry that belongs to the account; returns how many were removed. */
export function clearAccountData(storage: KeyStore | undefined = globalThis.localStorage): number {
  if (!storage) return 0;
  const keys = accountKeys(storage);
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}
