import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateVapidKeys, VAPID_KEYS_FILE } from './vapid-keys.ts';

describe('loadOrCreateVapidKeys', () => {
  it('generates a pair once, private to the owner, and reads it back', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'unknot-vapid-')), 'data');
    const first = loadOrCreateVapidKeys(dir);
    expect(first.created).toBe(true);
    expect(first.keys.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(first.keys.privateKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(join(dir, VAPID_KEYS_FILE)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateVapidKeys(dir)).toEqual({ keys: first.keys, created: false });
    expect(JSON.parse(readFileSync(join(dir, VAPID_KEYS_FILE), 'utf8'))).toEqual(first.keys);
  });

  it('refuses a damaged key file instead of silently replacing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-vapid-'));
    writeFileSync(join(dir, VAPID_KEYS_FILE), '{"publicKey":"short"');
    expect(() => loadOrCreateVapidKeys(dir)).toThrow(/does not hold a VAPID key pair. Delete the file/);
  });
});
