// Two app servers behind one address (issue 10): `unknot serve` twice, each its own process on
// its own port, on one external PostgreSQL (TEST_DATABASE_URL, a fresh database), sharing
// AUTH_SECRET and PUBLIC_URL as docs/operations.md says. Nothing a person relies on may live in
// one process only:
//
// - both start at once on the empty database (the migrations run once, the other server waits);
// - a session made on one works on the other, and signing out on one ends it on both;
// - the sign-in limits are shared: failures on A count on B, and a known device (its cookie signed
//   with the shared secret) still signs in on B while the account is locked for strangers;
// - a reminder is pushed once, though both servers run the reminder queue (and share one VAPID
//   key pair, as they must).
import { execFile } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webPush from 'web-push';
import { THROTTLE } from './sign-in-throttle.ts';
import {
  childEnv,
  killSpawned,
  repoRoot,
  type Spawned,
  spawnServer,
  unknotBin,
} from './test-support/spawned-server.ts';
import { episodeBody } from './test-support/test-app.ts';
import { createExternalDatabase, tempDataDir, testDatabaseUrl } from './test-support/test-database.ts';

/** The address people use: the proxy's, the same for both servers. */
const PUBLIC_URL = 'http://127.0.0.1:3000';
const AUTH_SECRET = 'two-servers-test-secret-0123456789abcdef';
const PASSWORD = 'correct horse battery staple';

type Client = { cookies: Map<string, string> };
const newClient = (): Client => ({ cookies: new Map() });

async function call(
  base: string,
  client: Client,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(method !== 'GET' ? { origin: PUBLIC_URL, 'content-type': 'application/json' } : {}),
      ...(cookie ? { cookie } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  for (const set of response.headers.getSetCookie()) {
    const [pair = ''] = set.split(';');
    const eq = pair.indexOf('=');
    const value = pair.slice(eq + 1);
    if (value === '' || /max-age=0/i.test(set)) client.cookies.delete(pair.slice(0, eq));
    else client.cookies.set(pair.slice(0, eq), value);
  }
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null, headers: response.headers };
}

const signIn = (base: string, client: Client, email: string, password = PASSWORD) =>
  call(base, client, 'POST', '/api/auth/sign-in/email', { email, password });

/** A push service on 127.0.0.1 that only counts what it is sent, per path. */
async function pushService(): Promise<{ url: string; received: Map<string, number>; close(): Promise<void> }> {
  const received = new Map<string, number>();
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received.set(request.url ?? '', (received.get(request.url ?? '') ?? 0) + 1);
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('two app servers on one external PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  const dataDirs: string[] = [];
  let a: string;
  let b: string;
  let push: Awaited<ReturnType<typeof pushService>>;

  beforeAll(async () => {
    const url = testDatabaseUrl();
    if (!url) throw new Error('TEST_DATABASE_URL=off: the two-server test needs an external PostgreSQL');
    // Build the web app and the server bundle once, before two servers would race to do it.
    await promisify(execFile)(process.execPath, ['scripts/build-web.mjs'], { cwd: repoRoot });
    await promisify(execFile)(process.execPath, [unknotBin, '--help'], { cwd: repoRoot });
    database = await createExternalDatabase(url, 'unknot_two_servers');
    push = await pushService();
    const vapid = webPush.generateVAPIDKeys();
    const start = (): Spawned => {
      const dataDir = tempDataDir();
      dataDirs.push(dataDir);
      return spawnServer({
        args: [unknotBin, 'serve'],
        env: childEnv({
          DATA_DIR: dataDir,
          DATABASE_URL: database.url,
          AUTH_SECRET,
          PUBLIC_URL,
          HOST: '127.0.0.1',
          PORT: '0',
          LOG_LEVEL: 'warn',
          VAPID_PUBLIC_KEY: vapid.publicKey,
          VAPID_PRIVATE_KEY: vapid.privateKey,
          VAPID_SUBJECT: 'mailto:two-servers@example.com',
          PUSH_ALLOW_LOOPBACK: '1',
        }),
        group: true,
      });
    };
    // Both at once, on the empty database: one migrates, the other must wait for it.
    const named = (server: Spawned, name: string) =>
      server.ready.catch((error: unknown) => {
        throw new Error(`server ${name}: ${(error as Error).message}`);
      });
    [a, b] = await Promise.all([named(start(), 'A'), named(start(), 'B')]);
  }, 180_000);

  afterAll(async () => {
    killSpawned();
    await push?.close();
    await database?.drop();
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('listens on two different ports', () => {
    expect(a).not.toBe(b);
  });

  it('accepts a session made on one server on the other, and ends it on both at sign-out', async () => {
    const alice = newClient();
    expect(
      (
        await call(a, alice, 'POST', '/api/auth/sign-up/email', {
          email: 'alice@example.com',
          password: PASSWORD,
          name: 'Alice',
        })
      ).status,
    ).toBe(200);
    expect((await signIn(a, alice, 'alice@example.com')).status).toBe(200);

    // Written through B, read through A.
    const created = await call(b, alice, 'POST', '/api/episodes', episodeBody({ notes: 'written on B' }));
    expect(created.status).toBe(201);
    const listed = await call(a, alice, 'GET', '/api/episodes');
    expect(listed.status).toBe(200);
    expect((listed.json as { items: { id: string }[] }).items.map((e) => e.id)).toEqual([
      (created.json as { id: string }).id,
    ]);
    expect((await call(b, alice, 'GET', '/api/auth/get-session')).json).toMatchObject({
      user: { email: 'alice@example.com' },
    });

    // The cookie as it was before signing out: a stolen copy must stop working on both servers.
    const before = newClient();
    for (const [k, v] of alice.cookies) before.cookies.set(k, v);
    expect((await call(b, alice, 'POST', '/api/auth/sign-out', {})).status).toBe(200);
    expect((await call(a, before, 'GET', '/api/episodes')).status).toBe(401);
    expect((await call(b, before, 'GET', '/api/episodes')).status).toBe(401);
    expect((await call(a, before, 'GET', '/api/auth/get-session')).json).toBeNull();
  });

  it('shares the sign-in limits: failures on A count on B, and a known device still gets in on B', async () => {
    const email = 'bob@example.com';
    const owner = newClient();
    expect(
      (await call(b, owner, 'POST', '/api/auth/sign-up/email', { email, password: PASSWORD, name: 'Bob' })).status,
    ).toBe(200);
    // Signing in on A makes this browser a known device of Bob's account (a cookie signed with the secret).
    expect((await signIn(a, owner, email)).status).toBe(200);

    const stranger = newClient();
    // The limit's failures, spread over both servers.
    for (let i = 0; i < THROTTLE.maxPerAccount; i++) {
      const r = await signIn(i % 2 === 0 ? a : b, stranger, email, `wrong password ${i}`);
      expect(r.status, `failure ${i + 1}`).toBe(401);
    }
    // One more, on either server: refused, the right password included.
    const refused = await signIn(b, stranger, email, `wrong password again`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signIn(a, newClient(), email)).status).toBe(429);
    // The owner's browser is counted on its own: it signs in on B, where it never signed in.
    expect((await signIn(b, owner, email)).status).toBe(200);
  });

  it('pushes a reminder once, though both servers run the reminder queue', async () => {
    const carol = newClient();
    const email = 'carol@example.com';
    expect(
      (await call(a, carol, 'POST', '/api/auth/sign-up/email', { email, password: PASSWORD, name: 'Carol' })).status,
    ).toBe(200);
    expect((await signIn(a, carol, email)).status).toBe(200);
    // Her phone subscribes through B; she sets the check-in for the coming minute through A.
    const keys = {
      p256dh: createECDH('prime256v1').generateKeys().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    };
    const subscribed = await call(b, carol, 'POST', '/api/push/subscription', { endpoint: `${push.url}/carol`, keys });
    expect(subscribed.status).toBe(201);
    const fireAt = Math.ceil((Date.now() + 5_000) / 60_000) * 60_000;
    const time = new Date(fireAt).toISOString().slice(11, 16);
    const settings = {
      timeZone: 'UTC',
      checkin: { enabled: true, time },
      peg: { enabled: false, weekday: 7, time: '19:00' },
      deskBreak: { enabled: false, everyMinutes: 45, from: '09:00', to: '17:00', weekdaysOnly: true },
    };
    const saved = await call(a, carol, 'PUT', '/api/reminders', settings);
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);

    // It fires within about a minute; then both servers have had time to send it again.
    const deadline = fireAt + 45_000;
    while ((push.received.get('/carol') ?? 0) === 0 && Date.now() < deadline) await sleep(250);
    expect(push.received.get('/carol'), `no push by ${new Date(deadline).toISOString()}`).toBe(1);
    await sleep(8_000);
    expect(push.received.get('/carol')).toBe(1);
  }, 150_000);
});
