// public/push-sw.js (loaded into the service worker with importScripts), run in a sandbox with a
// stand-in for the worker's `self`: what a push shows, and where tapping the notification leads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', 'push-sw.js'), 'utf8');
const ORIGIN = 'https://unknot.example';

type Shown = { title: string; options: { body: string; tag: string; icon: string; data: { url: string } } };
type FakeWindow = { url: string; focused: number; navigatedTo: string[]; controlled: boolean };
type Handler = (event: Record<string, unknown>) => void;

function worker(windows: FakeWindow[] = []) {
  const handlers = new Map<string, Handler>();
  const shown: Shown[] = [];
  const opened: string[] = [];
  const requests: { url: string; method: string; body: unknown }[] = [];
  const client = (w: FakeWindow) => ({
    url: w.url,
    focus: async () => {
      w.focused++;
      return client(w);
    },
    navigate: async (url: string) => {
      if (!w.controlled) throw new TypeError('not controlled');
      w.navigatedTo.push(url);
      return client(w);
    },
  });
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    registration: {
      pushManager: {
        subscribe: async (options: unknown) => ({
          endpoint: 'https://push.example/new-from-worker',
          options,
          toJSON: () => ({ endpoint: 'https://push.example/new-from-worker', keys: { p256dh: 'p', auth: 'a' } }),
        }),
      },
      showNotification: async (title: string, options: Shown['options']) => {
        shown.push({ title, options });
      },
    },
    clients: {
      matchAll: async () => windows.map(client),
      openWindow: async (url: string) => {
        opened.push(url);
        return null;
      },
    },
  };
  const fetch = async (url: string, init: { method: string; body: string; credentials: string }) => {
    expect(init.credentials).toBe('same-origin');
    requests.push({ url, method: init.method, body: JSON.parse(init.body) as unknown });
    return new Response(null, { status: 201 });
  };
  runInNewContext(SOURCE, { self, URL, fetch });

  const dispatch = async (type: string, event: Record<string, unknown>) => {
    const waits: Promise<unknown>[] = [];
    handlers.get(type)?.({ ...event, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  };
  const push = (data: string | null) =>
    dispatch('push', {
      data:
        data === null
          ? null
          : {
              json: () => JSON.parse(data) as unknown,
              text: () => data,
            },
    });
  const click = (url: unknown) => {
    let closed = false;
    return dispatch('notificationclick', {
      notification: {
        data: { url },
        close: () => {
          closed = true;
        },
      },
    }).then(() => closed);
  };
  const change = (event: Record<string, unknown>) => dispatch('pushsubscriptionchange', event);
  return { push, click, change, shown, opened, requests };
}

describe('the push handler', () => {
  it("shows the server's reminder with one tag per kind, the app's icon and the page to open", async () => {
    const w = worker();
    await w.push(
      JSON.stringify({ kind: 'checkin', title: 'Your daily check-in', body: 'A minute?', url: '/diary/checkin' }),
    );
    expect(w.shown).toHaveLength(1);
    expect(w.shown[0]?.title).toBe('Your daily check-in');
    expect(w.shown[0]?.options).toMatchObject({
      body: 'A minute?',
      tag: 'unknot-checkin',
      icon: '/icon-192.png',
      data: { url: '/diary/checkin', kind: 'checkin' },
    });
  });

  it('still shows something calm for a push it cannot read, and never opens another site', async () => {
    const w = worker();
    await w.push('not json');
    await w.push(null);
    await w.push(JSON.stringify({ kind: 'spam', title: '', url: 'https://elsewhere.example/phish' }));
    expect(w.shown.map((s) => [s.title, s.options.tag, s.options.data.url])).toEqual([
      ['Unknot', 'unknot-checkin', '/'],
      ['Unknot', 'unknot-checkin', '/'],
      ['Unknot', 'unknot-checkin', '/'],
    ]);
    expect(w.shown[0]?.options.body).toBe('not json');
  });
});

describe('tapping the notification', () => {
  const win = (url: string, controlled = true): FakeWindow => ({ url, focused: 0, navigatedTo: [], controlled });

  it('focuses a window already on that page', async () => {
    const open = win(`${ORIGIN}/diary/checkin`);
    const w = worker([win(`${ORIGIN}/`), open]);
    expect(await w.click('/diary/checkin')).toBe(true);
    expect(open.focused).toBe(1);
    expect(w.opened).toEqual([]);
  });

  it('brings an open window of the app to the page', async () => {
    const open = win(`${ORIGIN}/trends`);
    const w = worker([open]);
    await w.click('/diary/peg');
    expect(open.navigatedTo).toEqual([`${ORIGIN}/diary/peg`]);
    expect(w.opened).toEqual([]);
  });

  it('opens a new window when there is none it can use', async () => {
    const w = worker([win(`${ORIGIN}/trends`, false)]);
    await w.click('/diary/checkin');
    expect(w.opened).toEqual([`${ORIGIN}/diary/checkin`]);
    const none = worker();
    await none.click(undefined);
    expect(none.opened).toEqual([`${ORIGIN}/`]);
  });
});

describe('a subscription the browser replaced', () => {
  const subscription = (endpoint: string) => ({
    endpoint,
    options: { userVisibleOnly: true },
    toJSON: () => ({ endpoint, keys: { p256dh: 'p', auth: 'a' } }),
  });

  it('is sent to the server, and the old one forgotten', async () => {
    const w = worker();
    await w.change({
      oldSubscription: subscription('https://push.example/old'),
      newSubscription: subscription('https://push.example/new'),
    });
    expect(w.requests).toEqual([
      {
        url: '/api/push/subscription',
        method: 'POST',
        body: { endpoint: 'https://push.example/new', keys: { p256dh: 'p', auth: 'a' } },
      },
      { url: '/api/push/subscription', method: 'DELETE', body: { endpoint: 'https://push.example/old' } },
    ]);
  });

  it('is made again with the old options when the browser gave none', async () => {
    const w = worker();
    await w.change({ oldSubscription: subscription('https://push.example/old'), newSubscription: null });
    expect(w.requests.map((r) => [r.method, (r.body as { endpoint: string }).endpoint])).toEqual([
      ['POST', 'https://push.example/new-from-worker'],
      ['DELETE', 'https://push.example/old'],
    ]);
  });
});
