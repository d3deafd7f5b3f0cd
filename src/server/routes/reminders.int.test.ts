// Reminders end to end on a real database: settings and subscriptions over HTTP, the pg-boss
// queue, and Web Push delivered to a push receiver on 127.0.0.1 that decrypts what it gets. The
// app's clock is injected (real time plus an offset), set a moment before a firing.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReminderSettings, type ReminderSettings } from '#contract';
import { REMINDER_TEXT } from '#knowledge';
import { buildApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { firingJobId, type ReminderJob } from '../reminders/reminders.ts';
import { type PushReceiver, startPushReceiver, type TestSubscription } from '../test-support/push-receiver.ts';
import { checkinBody, TestClient, testConfig } from '../test-support/test-app.ts';
import { backends, type TestDatabase } from '../test-support/test-database.ts';

const PASSWORD = 'correct horse battery staple';

/** The injected clock: real time shifted so that it shows `at` now, and runs on from there. */
function makeClock() {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    set(at: string) {
      offset = Date.parse(at) - Date.now();
    },
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Check-in at 20:00 in London, everything else off (but due at the same minute). */
const eightPm = (change: (s: ReminderSettings) => void = () => undefined): ReminderSettings => {
  const s = structuredClone(defaultReminderSettings('Europe/London'));
  s.checkin = { enabled: true, time: '20:00' };
  // Monday 1 June 2026 is a PEG day and a desk-break minute too, both off.
  s.peg = { enabled: false, weekday: 1, time: '20:00' };
  s.deskBreak = { enabled: false, everyMinutes: 60, from: '09:00', to: '20:00', weekdaysOnly: false };
  change(s);
  return s;
};
/** 19:59:58 BST on Monday 1 June 2026: two seconds before 20:00. */
const JUST_BEFORE = '2026-06-01T18:59:58Z';
const EIGHT_PM = '2026-06-01T19:00:00.000Z';

describe.each(backends())('reminders on $label PostgreSQL', ({ make }) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let otherApp: FastifyInstance;
  let receiver: PushReceiver;
  const clock = makeClock();

  const start = async (database: Database) => {
    const a = await buildApp({
      config: testConfig({ PUSH_ALLOW_LOOPBACK: '1' }),
      database,
      authSecret: 'test-secret-test-secret-test-secret-42',
      now: clock.now,
      startReminders: true,
      reminderPollingSeconds: 0.5,
      // Every answer must match its route's response schema.
      checkResponses: true,
    });
    await a.ready();
    await a.reminders.running;
    return a;
  };

  beforeAll(async () => {
    t = await make();
    receiver = await startPushReceiver();
    app = await start(t.database);
    // A second app server on the same database, with its own queue (own connections, own worker).
    otherApp = await start(t.database);
  }, 60_000);

  afterAll(async () => {
    await otherApp?.close();
    await app?.close();
    await receiver?.close();
    await t?.dispose();
  });

  async function person(email: string, on = app) {
    const client = await new TestClient(on).signUp(email, PASSWORD);
    const session = await client.request('GET', '/api/auth/get-session');
    return { client, userId: session.json().user.id as string };
  }

  async function subscribed(client: TestClient, status?: number): Promise<TestSubscription> {
    const subscription = receiver.subscribe(status);
    const r = await client.request('POST', '/api/push/subscription', subscription);
    expect(r.statusCode, r.body).toBe(201);
    return subscription;
  }

  /** The finished job of one firing: its output, once pg-boss has completed it. */
  async function finished(job: ReminderJob): Promise<Record<string, unknown>> {
    return until(`the ${job.kind} job at ${job.fireAt}`, async () => {
      const { rows } = await t.database.pool.query<{ state: string; output: Record<string, unknown> }>(
        'select state, output from pgboss.job where id = $1',
        [firingJobId(job)],
      );
      return rows[0]?.state === 'completed' ? rows[0].output : undefined;
    });
  }

  it('sends one check-in reminder at its time, to every browser of the person, and queues the next', async () => {
    const { client, userId } = await person('evening@example.com');
    const phone = await subscribed(client);
    const laptop = await subscribed(client);
    // The same subscription again is no new one.
    expect((await client.request('POST', '/api/push/subscription', phone)).statusCode).toBe(200);

    clock.set(JUST_BEFORE);
    const put = await client.request('PUT', '/api/reminders', eightPm());
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual(eightPm());

    const output = await finished({ userId, kind: 'checkin', version: 1, fireAt: EIGHT_PM });
    expect(output).toEqual({ sent: 2, gone: 0, failed: 0, next: '2026-06-02T19:00:00.000Z' });
    for (const browser of [phone, laptop]) {
      const got = receiver.for(browser);
      expect(got).toHaveLength(1);
      expect(got[0]?.payload).toEqual({
        kind: 'checkin',
        title: REMINDER_TEXT.checkin.title,
        body: REMINDER_TEXT.checkin.body,
        url: '/diary/checkin',
      });
      expect(got[0]?.headers).toMatchObject({ ttl: expect.any(String), topic: 'checkin', urgency: 'normal' });
      expect(String(got[0]?.headers.authorization)).toMatch(/^vapid t=.+, k=.+$/);
    }
    expect(receiver.errors).toEqual([]);

    // Only the check-in was on: nothing else fired, and its chain goes on tomorrow.
    await sleep(1_500);
    expect(receiver.for(phone)).toHaveLength(1);
    const { rows } = await t.database.pool.query<{ data: ReminderJob; state: string }>(
      "select data, state from pgboss.job where name = 'reminder' and data->>'userId' = $1 order by start_after",
      [userId],
    );
    expect(rows.map((r) => [r.data.kind, r.data.fireAt, r.state])).toEqual([
      ['checkin', EIGHT_PM, 'completed'],
      ['checkin', '2026-06-02T19:00:00.000Z', 'created'],
    ]);
  });

  it('sends a weekly PEG and a desk break when they are on, each with its own words and page', async () => {
    const { client, userId } = await person('weekly@example.com');
    const phone = await subscribed(client);
    clock.set(JUST_BEFORE);
    const settings = eightPm((s) => {
      s.checkin.enabled = false;
      s.peg.enabled = true;
      s.deskBreak.enabled = true;
    });
    expect((await client.request('PUT', '/api/reminders', settings)).statusCode).toBe(200);
    await finished({ userId, kind: 'peg', version: 1, fireAt: EIGHT_PM });
    await finished({ userId, kind: 'deskBreak', version: 1, fireAt: EIGHT_PM });
    const got = receiver
      .for(phone)
      .map((r) => r.payload as { kind: string; url: string })
      .sort((a, b) => a.kind.localeCompare(b.kind));
    expect(got).toEqual([
      { kind: 'deskBreak', title: REMINDER_TEXT.deskBreak.title, body: REMINDER_TEXT.deskBreak.body, url: '/relief' },
      { kind: 'peg', title: REMINDER_TEXT.peg.title, body: REMINDER_TEXT.peg.body, url: '/diary/peg' },
    ]);
  });

  it('sends nothing for reminders queued under settings that have changed since', async () => {
    const { client, userId } = await person('changed-mind@example.com');
    const phone = await subscribed(client);
    clock.set(JUST_BEFORE);
    expect((await client.request('PUT', '/api/reminders', eightPm())).statusCode).toBe(200);
    const later = eightPm((s) => {
      s.checkin.time = '21:00';
    });
    expect((await client.request('PUT', '/api/reminders', later)).statusCode).toBe(200);
    expect(await finished({ userId, kind: 'checkin', version: 1, fireAt: EIGHT_PM })).toEqual({ skipped: 'changed' });
    expect(receiver.for(phone)).toEqual([]);
    expect((await client.request('GET', '/api/reminders')).json()).toEqual(later);

    // Turned off: the queued 21:00 one is skipped too, when its time comes.
    const off = eightPm((s) => {
      s.checkin.enabled = false;
    });
    expect((await client.request('PUT', '/api/reminders', off)).statusCode).toBe(200);
    clock.set('2026-06-01T19:59:59Z');
    const output = await app.reminders.handle({
      userId,
      kind: 'checkin',
      version: 2,
      fireAt: '2026-06-01T20:00:00.000Z',
    });
    expect(output).toEqual({ skipped: 'changed' });
    expect(receiver.for(phone)).toEqual([]);
  });

  it('skips a reminder that comes too late (the servers were down) but keeps the chain going', async () => {
    const { client, userId } = await person('late@example.com');
    const phone = await subscribed(client);
    clock.set('2026-06-01T12:00:00Z');
    expect((await client.request('PUT', '/api/reminders', eightPm())).statusCode).toBe(200);
    clock.set('2026-06-01T21:00:00Z');
    expect(await app.reminders.handle({ userId, kind: 'checkin', version: 1, fireAt: EIGHT_PM })).toEqual({
      skipped: 'late',
    });
    expect(receiver.for(phone)).toEqual([]);
    const { rows } = await t.database.pool.query<{ data: ReminderJob }>(
      "select data from pgboss.job where name = 'reminder' and data->>'userId' = $1 and state = 'created'",
      [userId],
    );
    expect(rows.map((r) => r.data.fireAt).sort()).toEqual([EIGHT_PM, '2026-06-02T19:00:00.000Z']);
  });

  it('forgets a subscription the push service says is gone (410), and keeps sending to the others', async () => {
    const { client, userId } = await person('gone@example.com');
    const gone = await subscribed(client, 410);
    const phone = await subscribed(client);
    clock.set(JUST_BEFORE);
    expect((await client.request('PUT', '/api/reminders', eightPm())).statusCode).toBe(200);
    expect(await finished({ userId, kind: 'checkin', version: 1, fireAt: EIGHT_PM })).toMatchObject({
      sent: 1,
      gone: 1,
    });
    expect(receiver.for(phone)).toHaveLength(1);
    const { rows } = await t.database.pool.query<{ endpoint: string }>(
      'select endpoint from push_subscriptions where user_id = $1',
      [userId],
    );
    expect(rows.map((r) => r.endpoint)).toEqual([phone.endpoint]);
    expect(gone.endpoint).not.toBe(phone.endpoint);
  });

  it('sends nothing after the account is deleted, and deletes its settings and subscriptions', async () => {
    const { client, userId } = await person('leaving@example.com');
    const phone = await subscribed(client);
    clock.set('2026-06-01T18:59:57Z');
    expect((await client.request('PUT', '/api/reminders', eightPm())).statusCode).toBe(200);
    expect((await client.request('POST', '/api/auth/delete-user', { password: PASSWORD })).statusCode).toBe(200);
    expect(await finished({ userId, kind: 'checkin', version: 1, fireAt: EIGHT_PM })).toEqual({ skipped: 'changed' });
    expect(receiver.for(phone)).toEqual([]);
    for (const table of ['push_subscriptions', 'reminder_settings']) {
      const { rows } = await t.database.pool.query(`select 1 from ${table} where user_id = $1`, [userId]);
      expect(rows, table).toEqual([]);
    }
  });

  it('with two app servers on one database, sends each reminder exactly once', async () => {
    const people: Awaited<ReturnType<typeof person>>[] = [];
    const phones: TestSubscription[] = [];
    for (const [i, n] of ['one', 'two', 'three', 'four', 'five', 'six'].entries()) {
      // Every other person uses the other server.
      const p = await person(`${n}@example.com`, i % 2 ? otherApp : app);
      people.push(p);
      phones.push(await subscribed(p.client));
    }
    clock.set('2026-06-01T18:59:57Z');
    for (const p of people) expect((await p.client.request('PUT', '/api/reminders', eightPm())).statusCode).toBe(200);
    // Both servers queue everyone's next reminders again (as each does when it starts).
    for (const p of people) {
      await app.reminders.schedule(p.userId);
      await otherApp.reminders.schedule(p.userId);
    }
    for (const p of people) await finished({ userId: p.userId, kind: 'checkin', version: 1, fireAt: EIGHT_PM });
    await sleep(1_500);
    expect(phones.map((phone) => receiver.for(phone).length)).toEqual([1, 1, 1, 1, 1, 1]);
    const { rows } = await t.database.pool.query<{ n: number }>(
      "select count(*)::int as n from pgboss.job where name = 'reminder' and data->>'userId' = any($1) and data->>'fireAt' = $2",
      [people.map((p) => p.userId), EIGHT_PM],
    );
    expect(rows[0]?.n).toBe(people.length);
  });

  it('answers the settings with defaults in the latest time zone, and the VAPID key to anyone', async () => {
    const { client } = await person('defaults@example.com');
    expect((await client.request('GET', '/api/reminders')).json()).toEqual(defaultReminderSettings('UTC'));
    const checkin = await client.request(
      'PUT',
      '/api/checkins/2026-06-01',
      checkinBody({ timeZone: 'America/New_York' }),
    );
    expect(checkin.statusCode, checkin.body).toBeLessThan(300);
    expect((await client.request('GET', '/api/reminders')).json()).toEqual(defaultReminderSettings('America/New_York'));

    const key = await new TestClient(app).request('GET', '/api/push/key');
    expect(key.statusCode).toBe(200);
    expect(key.json().publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
  });

  it('forgets a subscription on DELETE, only for its owner', async () => {
    const { client, userId } = await person('unsubscribe@example.com');
    const phone = await subscribed(client);
    const { client: other } = await person('someone-else@example.com');
    expect((await other.request('DELETE', '/api/push/subscription', { endpoint: phone.endpoint })).statusCode).toBe(
      204,
    );
    const count = async () =>
      (await t.database.pool.query('select 1 from push_subscriptions where user_id = $1', [userId])).rowCount;
    expect(await count()).toBe(1);
    const deleted = await client.request('DELETE', '/api/push/subscription', { endpoint: phone.endpoint });
    expect([deleted.statusCode, deleted.body]).toEqual([204, '']);
    expect(await count()).toBe(0);
  });

  it('refuses what is not signed in, malformed settings and endpoints the server must not call', async () => {
    const anonymous = new TestClient(app);
    for (const [method, url, body] of [
      ['GET', '/api/reminders', undefined],
      ['PUT', '/api/reminders', eightPm()],
      ['POST', '/api/push/subscription', receiver.subscribe()],
      ['DELETE', '/api/push/subscription', { endpoint: 'https://push.example.com/x' }],
    ] as const) {
      const r = await anonymous.request(method, url, body);
      expect(r.statusCode, `${method} ${url}`).toBe(401);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    }

    const { client } = await person('careless@example.com');
    const bad = await client.request(
      'PUT',
      '/api/reminders',
      eightPm((s) => {
        s.timeZone = 'Mars/Olympus';
        s.peg.weekday = 8;
        s.deskBreak.everyMinutes = 5;
        s.checkin.time = '25:00';
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['checkin.time', 'deskBreak.everyMinutes', 'peg.weekday', 'timeZone']);
    const backwards = await client.request(
      'PUT',
      '/api/reminders',
      eightPm((s) => {
        s.deskBreak.from = '18:00';
        s.deskBreak.to = '09:00';
      }),
    );
    expect(backwards.statusCode).toBe(400);

    // (Loopback endpoints are allowed here, PUSH_ALLOW_LOOPBACK=1: web-push.test.ts covers them.)
    const keys = receiver.subscribe().keys;
    for (const endpoint of [
      'http://push.example.com/send/1',
      'https://10.0.0.1/send/1',
      'https://169.254.169.254/latest/meta-data',
      'https://intranet/send',
      'ftp://push.example.com/send',
    ]) {
      const r = await client.request('POST', '/api/push/subscription', { endpoint, keys });
      expect(r.statusCode, endpoint).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json().errors[0].path, endpoint).toBe('endpoint');
    }
    const noKeys = await client.request('POST', '/api/push/subscription', { endpoint: 'https://push.example.com/s' });
    expect(noKeys.statusCode).toBe(400);
    const fine = await client.request('POST', '/api/push/subscription', {
      endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
      expirationTime: null,
      keys,
    });
    expect(fine.statusCode).toBe(201);
    expect(fine.json()).toEqual({ endpoint: 'https://fcm.googleapis.com/fcm/send/abc' });
  });
});
