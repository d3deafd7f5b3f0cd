import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeConfig, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('applies the defaults', () => {
    const r = parseConfig({});
    expect(r.ok && r.config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      logLevel: 'warn',
      publicUrl: 'http://127.0.0.1:3000',
    });
    expect(r.ok && r.config.dataDir.endsWith('/data')).toBe(true);
  });

  it('takes INSTRUMENT_TEXT_FILE as an absolute path, and has none by default', () => {
    const r = parseConfig({ INSTRUMENT_TEXT_FILE: 'licensed/instruments.json' });
    expect(r.ok && r.config.instrumentTextFile).toBe(resolve('licensed/instruments.json'));
    expect(r.ok && describeConfig(r.config).instrumentTextFile).toBe(resolve('licensed/instruments.json'));
    const none = parseConfig({});
    expect(none.ok && none.config.instrumentTextFile).toBeUndefined();
  });

  it('reports every problem at once', () => {
    const r = parseConfig({ PORT: 'x', DATABASE_URL: 'mysql://a', AUTH_SECRET: 'short', LOG_LEVEL: 'loud' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      'PORT must be a whole number from 0 to 65535',
      'DATABASE_URL must start with postgres:// or postgresql://',
      'AUTH_SECRET must be at least 32 characters',
      expect.stringMatching(/^LOG_LEVEL must be one of/),
    ]);
  });

  it('never shows a secret', () => {
    const r = parseConfig({ AUTH_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://u:pw@h/db' });
    const text = JSON.stringify(r.ok && describeConfig(r.config));
    expect(text).not.toMatch(/xxxx|pw@/);
  });
});

describe('reminder settings in the environment', () => {
  const PUBLIC = `B${'a'.repeat(86)}`;
  const PRIVATE = 'b'.repeat(43);

  it('generates VAPID keys unless both are set, and accepts no plain-http push endpoints by default', () => {
    const r = parseConfig({});
    expect(r.ok && r.config).toMatchObject({
      vapid: undefined,
      vapidSubject: 'mailto:unknot@localhost',
      pushAllowLoopback: false,
    });
    const set = parseConfig({ VAPID_PUBLIC_KEY: PUBLIC, VAPID_PRIVATE_KEY: PRIVATE, PUSH_ALLOW_LOOPBACK: '1' });
    expect(set.ok && set.config).toMatchObject({
      vapid: { publicKey: PUBLIC, privateKey: PRIVATE },
      pushAllowLoopback: true,
    });
  });

  it('takes the subject from VAPID_SUBJECT, or an https PUBLIC_URL', () => {
    const fromUrl = parseConfig({ PUBLIC_URL: 'https://unknot.example.org/' });
    expect(fromUrl.ok && fromUrl.config.vapidSubject).toBe('https://unknot.example.org');
    const given = parseConfig({ VAPID_SUBJECT: 'mailto:ops@example.org' });
    expect(given.ok && given.config.vapidSubject).toBe('mailto:ops@example.org');
  });

  it('reports malformed values, and half a key pair', () => {
    const r = parseConfig({
      VAPID_PUBLIC_KEY: 'short',
      VAPID_PRIVATE_KEY: 'short',
      VAPID_SUBJECT: 'ops@example.org',
      PUSH_ALLOW_LOOPBACK: 'yes',
    });
    expect(!r.ok && r.problems).toEqual([
      expect.stringMatching(/^VAPID_PUBLIC_KEY must be a base64url P-256 public key/),
      expect.stringMatching(/^VAPID_PRIVATE_KEY must be a base64url P-256 private key/),
      expect.stringMatching(/^VAPID_SUBJECT must be a mailto: address or an https: URL/),
      'PUSH_ALLOW_LOOPBACK must be 0 or 1',
    ]);
    const half = parseConfig({ VAPID_PUBLIC_KEY: PUBLIC });
    expect(!half.ok && half.problems).toEqual([
      expect.stringMatching(/^Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY/),
    ]);
  });

  it('never shows the private key', () => {
    const r = parseConfig({ VAPID_PUBLIC_KEY: PUBLIC, VAPID_PRIVATE_KEY: PRIVATE });
    expect(JSON.stringify(r.ok && describeConfig(r.config))).not.toContain(PRIVATE);
  });
});
