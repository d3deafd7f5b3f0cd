// Issue 10, items 8 and 9: sign-in throttling that cannot be turned into a lock-out, no session
// token in JSON bodies, weak passwords refused, delete-user always needs the password, and a
// deleted person's failed sign-ins removed.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { parseConfig, trustProxyOption } from './config.ts';
import { accountDigest } from './sign-in-throttle.ts';
import { TestClient, testApp, testConfig } from './test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from './test-support/test-database.ts';

let t: TestDatabase;
let app: FastifyInstance;
let clock = new Date('2026-12-01T10:00:00Z');
const GOOD = 'correct horse battery staple';

beforeAll(async () => {
  t = await embeddedTestDatabase();
  app = await testApp(t.database, () => clock);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

describe('sign-in throttle without lock-outs', () => {
  it('lets the owner in from a known device while a stranger is blocked for that account', async () => {
    const owner = await new TestClient(app).signUp('owner@example.com');
    expect(owner.cookies.has('unknot.device')).toBe(true);
    const attacker = new TestClient(app);
    for (let i = 0; i < 5; i++)
      expect((await attacker.signIn('owner@example.com', 'wrong password!')).statusCode).toBe(401);
    expect((await attacker.signIn('owner@example.com', GOOD)).statusCode).toBe(429);
    // A new browser without the device cookie waits too: the account is throttled, not open.
    expect((await new TestClient(app).signIn('owner@example.com', GOOD)).statusCode).toBe(429);
    expect((await owner.signIn('owner@example.com', GOOD)).statusCode).toBe(200);
    later(60);
  });

  it('limits a known device by its own failures, and a forged device cookie is no device', async () => {
    const owner = await new TestClient(app).signUp('device@example.com');
    for (let i = 0; i < 5; i++)
      expect((await owner.signIn('device@example.com', 'wrong password!')).statusCode).toBe(401);
    expect((await owner.signIn('device@example.com', GOOD)).statusCode).toBe(429);
    // Its failures did not lock the account for anyone else.
    expect((await new TestClient(app).signIn('device@example.com', GOOD)).statusCode).toBe(200);
    const forger = new TestClient(app);
    const [id] = (owner.cookies.get('unknot.device') ?? '').split('.');
    forger.cookies.set('unknot.device', `${id}.${accountDigest('device@example.com')}.AAAA`);
    later(60);
    for (let i = 0; i < 5; i++) await forger.signIn('device@example.com', 'wrong password!');
    expect((await forger.signIn('device@example.com', GOOD)).statusCode).toBe(429);
    later(60);
  });

  it('does not block an address for everyone after wrong passwords for one account', async () => {
    await new TestClient(app).signUp('neighbour@example.com');
    const attacker = new TestClient(app);
    for (let i = 0; i < 30; i++) await attacker.signIn('victim-x@example.com', 'wrong password!');
    // Same address (inject's 127.0.0.1), another person, a new browser: still allowed.
    expect((await new TestClient(app).signIn('neighbour@example.com', GOOD)).statusCode).toBe(200);
    later(60);
  });

  it('blocks an address spraying many accounts, but not a known device behind it', async () => {
    const owner = await new TestClient(app).signUp('behind-proxy@example.com');
    const attacker = new TestClient(app);
    for (let i = 0; i < 21; i++) await attacker.signIn(`made-up-${i}@example.com`, 'wrong password!');
    expect((await new TestClient(app).signIn('behind-proxy@example.com', GOOD)).statusCode).toBe(429);
    expect((await owner.signIn('behind-proxy@example.com', GOOD)).statusCode).toBe(200);
    later(60);
  });
});

describe('sessions and accounts', () => {
  it('keeps the session token out of sign-up, sign-in and get-session bodies', async () => {
    const c = new TestClient(app);
    const up = await c.request('POST', '/api/auth/sign-up/email', {
      email: 'body@example.com',
      password: GOOD,
      name: 'B',
    });
    expect(up.statusCode).toBe(200);
    expect(up.json()).not.toHaveProperty('token');
    const signIn = await c.signIn('body@example.com');
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json()).not.toHaveProperty('token');
    expect(signIn.json()).toHaveProperty('user.email', 'body@example.com');
    const token = decodeURIComponent(c.cookies.get('better-auth.session_token') ?? '').split('.')[0] ?? '';
    expect(token.length).toBeGreaterThan(10);
    const session = await c.request('GET', '/api/auth/get-session');
    expect(session.json()).toHaveProperty('session.userId');
    expect(session.json()).not.toHaveProperty('session.token');
    expect(session.body).not.toContain(token);
  });

  it.each(['          ', '1234567890', 'password1234', 'qwertyuiop'])(
    'refuses the weak password %j',
    async (password) => {
      const r = await new TestClient(app).request('POST', '/api/auth/sign-up/email', {
        email: 'weak@example.com',
        password,
        name: 'W',
      });
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(r.json()).toMatchObject({
        code: 'APP_ERR_VALIDATION',
        detail: expect.stringMatching(/^Choose a stronger password: .+\. A few unrelated words/),
        errors: [{ path: 'password', location: 'body' }],
      });
    },
  );

  it('refuses a weak new password on change-password', async () => {
    const me = await new TestClient(app).signUp('change@example.com');
    const r = await me.request('POST', '/api/auth/change-password', {
      currentPassword: GOOD,
      newPassword: '1234567890',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ errors: [{ path: 'newPassword' }] });
  });

  it('needs the password to delete an account, even in a fresh session', async () => {
    const me = await new TestClient(app).signUp('fresh@example.com');
    expect((await me.request('POST', '/api/auth/delete-user', {})).statusCode).toBe(400);
    expect((await me.request('POST', '/api/auth/delete-user', { password: '' })).statusCode).toBe(400);
    expect((await me.request('POST', '/api/auth/delete-user', { password: 'not my password' })).statusCode).toBe(400);
    expect((await me.request('GET', '/api/auth/get-session')).json()).toHaveProperty('user.email', 'fresh@example.com');
    expect((await me.request('POST', '/api/auth/delete-user', { password: GOOD })).statusCode).toBe(200);
  });

  it("removes a deleted person's failed sign-ins", async () => {
    const me = await new TestClient(app).signUp('gone@example.com');
    await new TestClient(app).signIn('gone@example.com', 'wrong password!');
    await new TestClient(app).signIn('stays-failing@example.com', 'wrong password!');
    const keys = async () =>
      (await t.database.pool.query<{ key: string }>('select key from sign_in_failures')).rows.map((r) => r.key);
    const digest = accountDigest('gone@example.com');
    expect((await keys()).filter((k) => k.includes(digest))).toHaveLength(2);
    expect((await me.request('POST', '/api/auth/delete-user', { password: GOOD })).statusCode).toBe(200);
    expect((await keys()).filter((k) => k.includes(digest))).toEqual([]);
    expect((await keys()).some((k) => k.includes(accountDigest('stays-failing@example.com')))).toBe(true);
  });
});

describe('TRUST_PROXY', () => {
  it('parses false, true, hop counts and proxy lists, and refuses anything else', () => {
    const parse = (v: string) => parseConfig({ TRUST_PROXY: v });
    const value = (v: string) => {
      const r = parse(v);
      return r.ok ? r.config.trustProxy : r.problems;
    };
    expect(testConfig().trustProxy).toBe(false);
    expect(value('false')).toBe(false);
    expect(value('true')).toBe(true);
    expect(value('1')).toBe(1);
    expect(value('10.0.0.0/8, 127.0.0.1,::1')).toBe('10.0.0.0/8,127.0.0.1,::1');
    expect(value('yes please')).toEqual([expect.stringMatching(/^TRUST_PROXY must be/)]);
    const hops = trustProxyOption(1);
    expect(typeof hops === 'function' && [hops('10.0.0.1', 0), hops('10.0.0.1', 1)]).toEqual([true, false]);
  });

  it('counts sign-in failures per client behind a trusted proxy, and ignores the header otherwise', async () => {
    const proxied = await buildApp({
      config: testConfig({ TRUST_PROXY: '127.0.0.1' }),
      database: t.database,
      authSecret: 'test-secret-test-secret-test-secret-42',
      now: () => clock,
    });
    await proxied.ready();
    try {
      later(60);
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      const attacker = new TestClient(proxied);
      for (let i = 0; i < 21; i++)
        await attacker.request(
          'POST',
          '/api/auth/sign-in/email',
          { email: `spray-${i}@example.com`, password: 'x' },
          from('203.0.113.9'),
        );
      const body = { email: 'proxied@example.com', password: 'wrong password!' };
      // The spraying client is blocked; another client behind the same proxy is not.
      expect((await attacker.request('POST', '/api/auth/sign-in/email', body, from('203.0.113.9'))).statusCode).toBe(
        429,
      );
      expect(
        (await new TestClient(proxied).request('POST', '/api/auth/sign-in/email', body, from('198.51.100.7')))
          .statusCode,
      ).toBe(401);
      // Without TRUST_PROXY the header is ignored: a client cannot pick a fresh address.
      const direct = new TestClient(app);
      for (let i = 0; i < 21; i++)
        await direct.request(
          'POST',
          '/api/auth/sign-in/email',
          { email: `direct-${i}@example.com`, password: 'x' },
          from(`192.0.2.${i}`),
        );
      expect((await direct.request('POST', '/api/auth/sign-in/email', body, from('192.0.2.99'))).statusCode).toBe(429);
      later(60);
    } finally {
      await proxied.close();
    }
  });
});
