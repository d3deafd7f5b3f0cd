// Reminders in the service worker (issue 9). Workbox generates sw.js and loads this file with
// importScripts (vite.config.ts): a push from the server ({kind, title, body, url}, see
// src/contract/reminders.ts) becomes a notification, tapping it opens that page of the app, and
// a subscription the browser replaces is sent to the server again.
// Plain JavaScript, because it is copied as it is rather than built.

const KINDS = ['checkin', 'peg', 'deskBreak'];
const FALLBACK = { kind: 'checkin', title: 'Unknot', body: 'Time for your reminder.', url: '/' };

/** The push's JSON, checked: a kind we know, some words, and a page of this app to open. */
function readPayload(data) {
  let payload = {};
  try {
    payload = data ? data.json() : {};
  } catch {
    payload = { body: data ? data.text() : '' };
  }
  const text = (value, fallback) => (typeof value === 'string' && value.trim() ? value.slice(0, 300) : fallback);
  const kind = KINDS.includes(payload.kind) ? payload.kind : FALLBACK.kind;
  let url = FALLBACK.url;
  try {
    const target = new URL(text(payload.url, FALLBACK.url), self.location.origin);
    if (target.origin === self.location.origin) url = target.pathname + target.search + target.hash;
  } catch {
    // Not a URL: open the start page.
  }
  return { kind, title: text(payload.title, FALLBACK.title), body: text(payload.body, FALLBACK.body), url };
}

self.addEventListener('push', (event) => {
  const { kind, title, body, url } = readPayload(event.data);
  event.waitUntil(
    self.registration.showNotification(title, {
      body,
      // One notification per kind: a new check-in reminder replaces yesterday's unread one.
      tag: `unknot-${kind}`,
      renotify: true,
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      lang: 'en',
      data: { url, kind },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || '/', self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const same = windows.find((client) => client.url === url);
      if (same) return same.focus();
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) {
        try {
          const focused = await open.focus();
          return await focused.navigate(url);
        } catch {
          // A window the service worker does not control cannot be sent elsewhere: open a new one.
        }
      }
      return self.clients.openWindow(url);
    })(),
  );
});

// The browser may replace a subscription (its push service rotated it, or it expired): tell the
// server the new one and forget the old, so reminders keep arriving. The session cookie goes
// with these requests; when it has ended, the reminders page registers the device again.
self.addEventListener('pushsubscriptionchange', (event) => {
  const send = (method, body) =>
    fetch('/api/push/subscription', {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  event.waitUntil(
    (async () => {
      const old = event.oldSubscription;
      let next = event.newSubscription;
      if (!next && old?.options) next = await self.registration.pushManager.subscribe(old.options);
      if (next) await send('POST', next.toJSON());
      if (old && old.endpoint !== next?.endpoint) await send('DELETE', { endpoint: old.endpoint });
    })(),
  );
});
