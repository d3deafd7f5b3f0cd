// Reminders (issue 9): a signed-in person turns on the daily check-in reminder on the reminders
// page and receives it. The server sends it as Web Push, encrypted, to a push receiver on
// 127.0.0.1 (a headless browser cannot reach a vendor's push service), registered as the
// person's subscription through the app's own API; the receiver decrypts it, and DevTools hands
// it to the app's service worker as a push, which shows the notification.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMINDER_TEXT } from '#knowledge';
import { baseUrl, expectAccessible, launch, PHONE, screenshots } from './support/browser.ts';
import { type PushReceiver, startPushReceiver } from './support/push-receiver.ts';

let browser: Browser;
let receiver: PushReceiver;
beforeAll(async () => {
  browser = await launch();
  receiver = await startPushReceiver();
});
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
});

/** Far from UTC, and not a whole hour off it: a server reading the time as UTC would miss. */
const TIME_ZONE = 'America/St_Johns';

async function signedInContext(timezoneId = TIME_ZONE): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, baseURL: baseUrl(), locale: 'en-GB', timezoneId });
  const page = await context.newPage();
  await page.goto('/');
  const email = `remind-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
  const password = 'a long enough passphrase';
  const headers = { origin: baseUrl() };
  const up = await page.request.post('/api/auth/sign-up/email', { data: { email, password, name: 'R' }, headers });
  expect(up.status()).toBe(200);
  const inn = await page.request.post('/api/auth/sign-in/email', { data: { email, password }, headers });
  expect(inn.status()).toBe(200);
  return { context, page };
}

async function fitsNarrowScreen(page: Page, label: string): Promise<void> {
  const original = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)})`);
    return { overflow: over.length, widest: over.slice(0, 5).join(', ') };
  });
  expect(overflow, `${label} is wider than 320 px: ${widest}`).toBe(0);
  if (original) await page.setViewportSize(original);
}

/**
 * The wall-clock minute in `timeZone` that starts soonest but at least `leadSeconds` from now
 * ("HH:MM"): the reminder is set for it, so it fires within about a minute.
 */
function soonestMinute(timeZone: string, leadSeconds: number): { time: string; at: number } {
  const at = Math.ceil((Date.now() + leadSeconds * 1000) / 60_000) * 60_000;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return { time: time.format(at), at };
}

describe('reminders', () => {
  it('a signed-in person turns on the check-in reminder and receives it', async () => {
    const { context, page } = await signedInContext();
    await context.grantPermissions(['notifications'], { origin: baseUrl() });

    // The diary leads to the reminders page.
    await page.goto('/diary');
    await page.getByRole('heading', { level: 1, name: 'Spasm diary' }).waitFor();
    await page.getByRole('link', { name: /^Reminders/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    const checkin = page.getByRole('checkbox', { name: 'Remind me to do my daily check-in' });
    await checkin.waitFor();
    expect(await checkin.isChecked()).toBe(false);
    await expectAccessible(page, 'reminders, all off');
    await fitsNarrowScreen(page, 'reminders, all off');

    // This page's service worker (registered a few seconds after load) will show the reminder.
    const workerReady = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
    );
    expect(workerReady, 'the service worker is running (dist/web has sw.js)').toBe(true);
    // The push receiver stands for this browser's push service: register it through the app's API.
    const registered = await page.evaluate(async (subscription) => {
      const r = await fetch('/api/push/subscription', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(subscription),
      });
      return r.status;
    }, receiver.subscription);
    expect([200, 201]).toContain(registered);

    // Turn the check-in on for the coming minute, in the browser's own time zone.
    await checkin.check();
    const soon = soonestMinute(TIME_ZONE, 12);
    await page.getByLabel('At', { exact: true }).fill(soon.time);
    expect(await page.getByText('Times are in this device’s time zone').textContent()).toBe(
      'Times are in this device’s time zone: America/St Johns.',
    );
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page.getByText('Your reminders are saved.').waitFor();
    await page.getByText(`Daily check-in at ${soon.time}.`).waitFor();
    const savedAt = Date.now();
    await screenshots(page, 'reminders-saved');
    const stored = await page.evaluate(() => fetch('/api/reminders').then((r) => r.json()));
    expect(stored).toMatchObject({ timeZone: TIME_ZONE, checkin: { enabled: true, time: soon.time } });

    // While it is on its way: the page with every reminder open, light and dark, at 320 px.
    await page.getByRole('checkbox', { name: 'Remind me to answer the weekly questions' }).check();
    await page.getByRole('checkbox', { name: 'Remind me to get up and move' }).check();
    await expectAccessible(page, 'reminders, all open');
    await fitsNarrowScreen(page, 'reminders, all open');
    await screenshots(page, 'reminders');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.screenshot({ path: 'artifacts/screenshots/reminders-320x640.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshots(page, 'reminders-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(PHONE);

    // The server sends it to the push receiver, encrypted for this subscription.
    process.stdout.write(`reminders e2e: saved ${soon.time} at ${new Date(savedAt).toISOString()}\n`);
    const message = await receiver.next((m) => m.at >= savedAt - 5_000);
    const waited = Date.now() - savedAt;
    const payload = JSON.parse(message.text) as { kind: string; title: string; body: string; url: string };
    expect(payload).toMatchObject({ kind: 'checkin', title: REMINDER_TEXT.checkin.title });
    expect(message.headers.authorization).toMatch(/^vapid t=.+, k=.+/);
    // Not before the minute it was set for.
    expect(message.at).toBeGreaterThanOrEqual(soon.at - 1_000);

    // The browser's push service would hand it to the service worker: DevTools does that here.
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('DevTools named no service worker registration')), 15_000);
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL === `${baseUrl()}/` && !r.isDeleted);
        if (!ours) return;
        clearTimeout(timer);
        resolve(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: baseUrl(),
      registrationId: await registrationId,
      data: message.text,
    });
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.ready;
            const shown = await registration.getNotifications();
            return shown.map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data as unknown }));
          }),
        { timeout: 15_000 },
      )
      .toEqual([
        {
          title: REMINDER_TEXT.checkin.title,
          body: payload.body,
          tag: 'unknot-checkin',
          data: { url: new URL(payload.url, baseUrl()).pathname, kind: 'checkin' },
        },
      ]);
    process.stdout.write(`reminders e2e: the check-in reminder arrived ${Math.round(waited / 1000)} s after saving\n`);
    await context.close();
  }, 240_000);

  it('says calmly when notifications cannot be turned on here, or are blocked', async () => {
    const { context, page } = await signedInContext('Europe/London');
    // Allowed, but this browser's push service cannot be reached (a headless browser has none).
    await context.grantPermissions(['notifications'], { origin: baseUrl() });
    await page.goto('/reminders');
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    await page.getByRole('button', { name: 'Allow notifications on this device' }).click();
    await page.getByText(/could not reach its notification service/).waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'reminders, no push service');
    // Refused: a headless browser without the permission answers "denied" at once.
    await context.clearPermissions();
    await page.reload();
    await page.getByRole('button', { name: 'Allow notifications on this device' }).click();
    await page.getByText(/Notifications from Unknot are blocked in this browser/).waitFor();
    await expectAccessible(page, 'reminders, notifications blocked');
    await fitsNarrowScreen(page, 'reminders, notifications blocked');
    await screenshots(page, 'reminders-blocked');
    await context.close();
  });
});
