import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateAuthSecret } from './auth-secret.ts';

describe('loadOrCreateAuthSecret', () => {
  it('generates a secret once, private to the owner, and reads it back', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'unknot-secret-')), 'data');
    const first = loadOrCreateAuthSecret(dir);
    expect(first.created).toBe(true);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, 'auth-secret')).mode & 0o777).toBe(0o600);
    expect(loadOrCreateAuthSecret(dir)).toEqual({ secret: first.secret, created: false });
    expect(readFileSync(join(dir, 'auth-secret'), 'utf8').trim()).toBe(first.secret);
  });

  it('refuses a truncated secret file instead of silently replacing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-secret-'));
    writeFileSync(join(dir, 'auth-secret'), 'short\n');
    expect(() => loadOrCreateAuthSecret(dir)).toThrow(/shorter than 32 characters. Delete the file/);
  });
});
