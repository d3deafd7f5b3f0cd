import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import webPush from 'web-push';
import { generateVapidKeys, loadOrCreateVapidKeys, VAPID_KEYS_FILE } from './vapid-keys.ts';

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

describe('generateVapidKeys', () => {
  it('makes keys web-push signs with, and whose public half verifies the signature', () => {
    for (let i = 0; i < 20; i++) {
      const keys = generateVapidKeys();
      const { Authorization } = webPush.getVapidHeaders(
        'https://push.example.com',
        'mailto:ops@example.org',
        keys.publicKey,
        keys.privateKey,
        'aes128gcm',
      );
      const [, token = '', k] = /^vapid t=([^,]+), k=(.+)$/.exec(Authorization) ?? [];
      expect(k).toBe(keys.publicKey);
      const [header = '', payload = '', signature = ''] = token.split('.');
      const point = Buffer.from(keys.publicKey, 'base64url');
      const key = createPublicKey({
        key: {
          kty: 'EC',
          crv: 'P-256',
          x: point.subarray(1, 33).toString('base64url'),
          y: point.subarray(33).toString('base64url'),
        },
        format: 'jwk',
      });
      const ok = verify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        { key, dsaEncoding: 'ieee-p1363' },
        Buffer.from(signature, 'base64url'),
      );
      expect(ok).toBe(true);
    }
  });
});
