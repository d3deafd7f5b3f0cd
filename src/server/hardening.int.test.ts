// Issue 10's probes, each kept as a test: a crafted session cookie, dates PostgreSQL cannot store,
// deeply nested bodies, Fastify's and Node's own error answers, and the protective headers. Every
// answer here must be a problem+json with a human message, never a 500.
import { createHmac, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EARLIEST_DATE, LATEST_DATE } from '#contract';
import { buildApp } from './app.ts';
import { verifiedToken } from './auth.ts';
import { MAX_JSON_DEPTH } from './body-guard.ts';
import { localDateOf } from './db/diary-repo.ts';
import { API_CSP, DOCS_CSP, HSTS } from './security-headers.ts';
import { checkinBody, episodeBody, TestClient, testApp, testConfig } from './test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from './test-support/test-database.ts';

const SECRET = 'test-secret-test-secret-test-secret-42';
const COOKIE = 'better-auth.session_token';
const NIL = '00000000-0000-4000-8000-000000000000';

let t: TestDatabase;
let app: FastifyInstance;
let me: TestClient;

beforeAll(async () => {
  t = await embeddedTestDatabase();
  app = await testApp(t.database);
  me = await new TestClient(app).signUp('hardening@example.com');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

const isProblem = (r: LightMyRequestResponse, status: number) => {
  expect(r.statusCode, r.body).toBe(status);
  expect(String(r.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = r.json() as { status: number; detail: string; code: string };
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(10);
  return body;
};
const count = async (table: string) =>
  Number((await t.database.pool.query(`select count(*)::int as n from ${table}`)).rows[0].n);

/** Every route that needs a session, with a body where it takes one. */
const DIARY_ROUTES = [
  ['GET', '/api/episodes'],
  ['POST', '/api/episodes'],
  ['GET', `/api/episodes/${NIL}`],
  ['PUT', `/api/episodes/${NIL}`],
  ['DELETE', `/api/episodes/${NIL}`],
  ['GET', '/api/checkins'],
  ['POST', '/api/checkins'],
  ['GET', '/api/checkins/2026-11-20'],
  ['PUT', '/api/checkins/2026-11-20'],
  ['DELETE', '/api/checkins/2026-11-20'],
  ['GET', '/api/assessments'],
  ['GET', `/api/assessments/${NIL}`],
] as const;

describe('the session cookie', () => {
  const sign = (token: string, secret = SECRET) =>
    encodeURIComponent(`${token}.${createHmac('sha256', secret).update(token).digest('base64')}`);
  const withCookie = (method: string, url: string, value: string) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: { cookie: `${COOKIE}=${value}`, 'content-type': 'application/json' },
      ...(method === 'POST' || method === 'PUT' ? { payload: '{}' } : {}),
    });
  const token = () => decodeURIComponent(me.cookies.get(COOKIE) ?? '').split('.')[0] ?? '';

  it('with a NUL byte (or any malformed value) means "not signed in" on every diary route, never 500', async () => {
    for (const value of ['%00', `${token()}%00.${'A'.repeat(43)}=`, '%', '%E0%A4%A', '.', '"', '""', '%22%00%22']) {
      for (const [method, url] of DIARY_ROUTES) isProblem(await withCookie(method, url, value), 401);
    }
  });

  it('without its signature, or signed with another secret, is refused as better-auth refuses it', async () => {
    const real = token();
    expect((await withCookie('GET', '/api/episodes', me.cookies.get(COOKIE) ?? '')).statusCode).toBe(200);
    for (const value of [
      real,
      `${real}.`,
      `${real}.${'A'.repeat(43)}=`,
      sign(real, 'another secret, 32 characters long'),
    ]) {
      isProblem(await withCookie('GET', '/api/episodes', value), 401);
      const session = await withCookie('GET', '/api/auth/get-session', value);
      expect(session.json()).toBeNull();
    }
    // A correctly signed cookie for a token that is no session is simply not signed in.
    isProblem(await withCookie('GET', '/api/episodes', sign('no-such-session-token')), 401);
  });

  it('with a raw NUL byte (which fetch headers refuse) is a 400 on the account routes, not a 500', async () => {
    for (const url of ['/api/auth/get-session', '/api/auth/sign-out']) {
      const r = await app.inject({ method: 'POST', url, headers: { cookie: `${COOKIE}="\u0000"` }, payload: {} });
      expect(isProblem(r, 400).code).toBe('APP_ERR_BAD_REQUEST');
    }
  });

  it('is verified exactly as better-call signs it', () => {
    const value = decodeURIComponent(sign('abc123'));
    expect(verifiedToken(value, SECRET)).toBe('abc123');
    expect(verifiedToken(value, 'another secret')).toBeUndefined();
    expect(verifiedToken(value.replace('abc123', 'abc124'), SECRET)).toBeUndefined();
    expect(verifiedToken(`a\u0000c.${value.split('.')[1]}`, SECRET)).toBeUndefined();
    expect(verifiedToken(undefined, SECRET)).toBeUndefined();
    expect(verifiedToken(value.slice(0, -1), SECRET)).toBeUndefined();
  });
});

describe('dates', () => {
  const cursor = (at: string) => Buffer.from(JSON.stringify([at, NIL])).toString('base64url');

  it.each([
    ['GET', '/api/checkins/0000-01-01', undefined, 'date'],
    ['PUT', '/api/checkins/0000-01-01', checkinBody(), 'date'],
    ['DELETE', '/api/checkins/0000-01-01', undefined, 'date'],
    ['GET', '/api/checkins/2201-01-01', undefined, 'date'],
    ['POST', '/api/checkins', { date: '1899-12-31', ...checkinBody() }, 'date'],
    ['GET', '/api/checkins?to=0000-01-01', undefined, 'to'],
    ['GET', '/api/checkins?from=9999-12-31', undefined, 'from'],
    ['GET', '/api/episodes?from=0000-01-01T00:00:00Z', undefined, 'from'],
    ['GET', '/api/episodes?to=2201-01-01T00:00:00Z', undefined, 'to'],
    ['POST', '/api/episodes', episodeBody({ startedAt: '0000-01-01T00:00:00Z' }), 'startedAt'],
    ['POST', '/api/episodes', episodeBody({ startedAt: '9999-12-31T23:00:00Z' }), 'startedAt'],
    ['PUT', `/api/episodes/${NIL}`, episodeBody({ endedAt: '2201-01-01T00:00:00-01:00' }), 'endedAt'],
  ])('%s %s is a 400 naming the range, and stores nothing', async (method, url, body, path) => {
    const before = (await count('episodes')) + (await count('checkins'));
    const problem = isProblem(await me.request(method, url, body), 400) as unknown as {
      detail: string;
      errors: { path: string; message: string }[];
    };
    expect(problem.errors.find((e) => e.path === path)?.message).toContain(`${EARLIEST_DATE} to ${LATEST_DATE}`);
    expect((await count('episodes')) + (await count('checkins'))).toBe(before);
  });

  it.each([
    '0000-01-01T00:00:00Z',
    '-271821-04-20T00:00:00.000Z',
    '+275760-09-13T00:00:00.000Z',
    '1899-12-31T23:59:59.999Z',
    'not a date',
  ])('refuses a crafted cursor at %s on every paginated list', async (at) => {
    for (const list of ['/api/episodes', '/api/assessments']) {
      const body = isProblem(await me.request('GET', `${list}?cursor=${cursor(at)}`), 400);
      expect(body.detail).toMatch(/nextCursor/);
    }
  });

  it('accepts the first and last days, and writes the local date with four digits', async () => {
    expect((await me.request('PUT', `/api/checkins/${EARLIEST_DATE}`, checkinBody())).statusCode).toBe(201);
    expect((await me.request('PUT', `/api/checkins/${LATEST_DATE}`, checkinBody())).statusCode).toBe(201);
    const latest = await me.request(
      'POST',
      '/api/episodes',
      episodeBody({ startedAt: `${LATEST_DATE}T23:59:59Z`, timeZone: 'Pacific/Kiritimati' }),
    );
    expect(latest.statusCode).toBe(201);
    expect((latest.json() as { localDate: string }).localDate).toBe('2201-01-01');
    const earliest = await me.request(
      'POST',
      '/api/episodes',
      episodeBody({ startedAt: `${EARLIEST_DATE}T00:00:00Z`, timeZone: 'Pacific/Pago_Pago' }),
    );
    expect((earliest.json() as { localDate: string }).localDate).toBe('1899-12-31');
    const list = (await me.request('GET', `/api/episodes?limit=1&from=${EARLIEST_DATE}T00:00:00Z`)).json() as {
      nextCursor: string;
    };
    expect((await me.request('GET', `/api/episodes?cursor=${list.nextCursor}`)).statusCode).toBe(200);
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      expect(localDateOf(new Date(`${LATEST_DATE}T23:59:59.999Z`), zone)).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(localDateOf(new Date(`${EARLIEST_DATE}T00:00:00Z`), zone)).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
  });
});

describe('deep nesting', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const valid = JSON.stringify(episodeBody());

  it.each([
    ['POST', '/api/episodes', (deep: string) => valid.replace('["lower_back_centre"]', deep)],
    ['POST', '/api/episodes', (deep: string) => valid.replace('["heavy_lifting"]', deep)],
    [
      'PUT',
      '/api/checkins/2026-11-20',
      (deep: string) => JSON.stringify(checkinBody()).replace('"findings":[]', `"findings":${deep}`),
    ],
    [
      'PUT',
      '/api/checkins/2026-11-20',
      (deep: string) => JSON.stringify(checkinBody()).replace('"unsure":[]', `"unsure":${deep}`),
    ],
    ['POST', '/api/assessments', (deep: string) => `{"age":40,"onsetDaysAgo":1,"findings":${deep}}`],
    ['POST', '/api/auth/sign-in/email', (deep: string) => `{"email":${deep},"password":"x"}`],
  ])('%s %s: 5,000 nested arrays (10 KB) are a 400 before validation', async (method, url, body) => {
    const payload = body(nested(5000));
    expect(payload.length).toBeGreaterThan(10_000);
    const before = (await count('episodes')) + (await count('checkins')) + (await count('assessments'));
    const problem = isProblem(
      await me.request(method as 'POST', url, payload, { 'content-type': 'application/json' }),
      400,
    );
    expect(problem.detail).toMatch(/nested too deeply/);
    expect((await count('episodes')) + (await count('checkins')) + (await count('assessments'))).toBe(before);
  });

  it(`lets ${MAX_JSON_DEPTH} levels through to ordinary validation`, async () => {
    const payload = valid.replace('["lower_back_centre"]', nested(MAX_JSON_DEPTH - 1));
    const problem = isProblem(
      await me.request('POST', '/api/episodes', payload, { 'content-type': 'application/json' }),
      400,
    );
    expect(problem.detail).not.toMatch(/nested too deeply/);
  });
});

describe('NUL characters and oversized values in any body', () => {
  it.each([
    ['POST', '/api/auth/sign-in/email', { email: 'a\u0000b@example.com', password: 'whatever password' }, 'email'],
    [
      'POST',
      '/api/auth/sign-up/email',
      { email: 'n@example.com', password: 'long enough pass', name: 'a\u0000' },
      'name',
    ],
    ['POST', '/api/episodes', episodeBody({ notes: 'a\u0000b' }), 'notes'],
    ['PUT', '/api/checkins/2026-11-20', { ...checkinBody(), 'x\u0000': 1 }, 'x\u0000'],
  ])('%s %s: a NUL is a 400 naming the field, and nothing is stored', async (method, url, body, path) => {
    const before = (await count('"user"')) + (await count('sign_in_failures')) + (await count('episodes'));
    const problem = isProblem(await me.request(method, url, body), 400) as unknown as {
      errors: { path: string }[];
    };
    expect(problem.errors.map((e) => e.path)).toEqual([path]);
    expect((await count('"user"')) + (await count('sign_in_failures')) + (await count('episodes'))).toBe(before);
  });

  it('counts failed sign-ins for an 8,000-character email without a 500', async () => {
    const email = `${randomBytes(4000).toString('hex')}@x.example`;
    const r = await new TestClient(app).signIn(email, 'wrong password!');
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.statusCode).toBeLessThan(500);
  });
});

describe("Fastify's and Node's own errors are problems too", () => {
  it('a URL that cannot be decoded, an overlong id, no such method, no such route', async () => {
    expect(isProblem(await app.inject('/api/episodes/%'), 400).code).toBe('APP_ERR_BAD_REQUEST');
    expect(isProblem(await app.inject(`/api/episodes/${'a'.repeat(200)}`), 414).code).toBe('APP_ERR_URI_TOO_LONG');
    const patch = await app.inject({ method: 'PATCH', url: '/api/episodes' });
    expect(isProblem(patch, 405).code).toBe('APP_ERR_METHOD_NOT_ALLOWED');
    expect(patch.headers.allow).toBe('GET, HEAD, POST');
    expect((await app.inject({ method: 'DELETE', url: '/api/checkins' })).headers.allow).toBe('GET, HEAD, POST');
    expect(isProblem(await app.inject({ method: 'OPTIONS', url: `/api/episodes/${NIL}` }), 405).detail).toMatch(
      /use DELETE, GET, HEAD, PUT/,
    );
    isProblem(await app.inject('/api/no-such-thing'), 404);
    isProblem(await app.inject({ method: 'POST', url: '/api/no-such-thing', payload: {} }), 404);
  });

  it('unsupported media type, too large, malformed and empty JSON', async () => {
    isProblem(await me.request('POST', '/api/episodes', '<x/>', { 'content-type': 'application/xml' }), 415);
    isProblem(await me.request('POST', '/api/episodes', 'a=1', { 'content-type': 'text/plain' }), 415);
    isProblem(await me.request('POST', '/api/episodes', { notes: 'x'.repeat(70_000) }), 413);
    expect(
      isProblem(await me.request('POST', '/api/episodes', '{"a":', { 'content-type': 'application/json' }), 400).code,
    ).toBe('APP_ERR_BAD_JSON');
    expect(
      isProblem(await me.request('POST', '/api/episodes', '', { 'content-type': 'application/json' }), 400).code,
    ).toBe('APP_ERR_BAD_JSON');
    expect(
      isProblem(
        await me.request('POST', '/api/episodes', '{"__proto__":{"x":1}}', { 'content-type': 'application/json' }),
        400,
      ).code,
    ).toMatch(/APP_ERR_(BAD_JSON|BAD_REQUEST)/);
  });

  /** Sends raw bytes to a listening copy of the app and returns the status line, headers and body. */
  async function raw(request: string): Promise<{ status: number; headers: string; body: string }> {
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(address.port, '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString('utf8');
      });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      socket.write(request);
    });
    const [head = '', body = ''] = text.split('\r\n\r\n');
    return { status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body };
  }

  it('431 for a 20 KB query string and 400 for malformed HTTP, from a real socket', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const huge = await raw(`GET /api/episodes?x=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(huge.status).toBe(431);
    expect(huge.headers).toContain('content-type: application/problem+json');
    expect(huge.headers).toContain('cache-control: no-store');
    expect(JSON.parse(huge.body)).toMatchObject({ status: 431, code: 'APP_ERR_HEADERS_TOO_LARGE' });
    const garbage = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body)).toMatchObject({ status: 400, code: 'APP_ERR_BAD_REQUEST' });
    const bad = await raw('GET /api/episodes/% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(bad.status).toBe(400);
    expect(bad.headers).toContain('content-type: application/problem+json');
  });
});

describe('headers', () => {
  it('no-store and a strict CSP on every /api answer; the docs page gets its own CSP', async () => {
    for (const r of [
      await me.request('GET', '/api/episodes'),
      await me.request('GET', '/api/checkins/1800-01-01'),
      await app.inject('/api/episodes'),
      await app.inject('/api/health'),
      await app.inject('/api/openapi.json'),
      await app.inject('/api/nothing'),
      await app.inject(`/api/episodes/${'a'.repeat(200)}`),
      await app.inject('/api/auth/get-session'),
    ]) {
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.headers['content-security-policy']).toBe(API_CSP);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['strict-transport-security']).toBeUndefined();
    }
    for (const url of ['/api/docs', '/api/docs/', '/api/docs/json']) {
      const r = await app.inject(url);
      expect(r.headers['content-security-policy']).toBe(DOCS_CSP);
      expect(r.headers['cache-control']).toBe('no-store');
    }
    const asset = await app.inject('/api/docs/static/swagger-ui.css');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).not.toBe('no-store');
    expect(asset.headers['content-security-policy']).toBe(DOCS_CSP);
  });

  it('HSTS when PUBLIC_URL is https', async () => {
    const secure = await buildApp({
      config: testConfig({ PUBLIC_URL: 'https://unknot.example' }),
      database: t.database,
      authSecret: SECRET,
    });
    try {
      for (const url of ['/api/health', '/api/nothing', '/api/episodes/%', '/']) {
        expect((await secure.inject(url)).headers['strict-transport-security']).toBe(HSTS);
      }
    } finally {
      await secure.close();
    }
  });
});
