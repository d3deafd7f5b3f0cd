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
