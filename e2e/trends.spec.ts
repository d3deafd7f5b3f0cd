// The trends page's time axes: one spasm logged today puts today on the axis, not a span of
// years with the point clipped at its edge. uPlot draws its tick labels on the canvas, so the
// page records what each chart's canvas writes.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, screenshots } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Drawn = { chart: string; text: string };

describe('trends', () => {
  it('shows one spasm logged today on a time-to-relief axis that spans today', async () => {
    const { context, page } = await newPage(browser);
    await page.addInitScript(() => {
      const drawn: { chart: string; text: string }[] = [];
      (window as unknown as { drawn: typeof drawn }).drawn = drawn;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
        const chart = this.canvas.closest('section')?.querySelector('h2')?.textContent ?? '';
        drawn.push({ chart, text });
        return fillText.call(this, text, x, y, maxWidth);
      };
    });
    const email = `trends-${Date.now()}@example.com`;
    const signUp = await page.request.post('/api/auth/sign-up/email', {
      data: { email, password: 'a long enough passphrase', name: 'T' },
    });
    expect(signUp.status()).toBe(200);
    // Sign-up never signs in.
    const signIn = await page.request.post('/api/auth/sign-in/email', {
      data: { email, password: 'a long enough passphrase' },
    });
    expect(signIn.status()).toBe(200);
    await page.goto('/');
    // One spasm, started now, eased after 20 minutes, in the browser's time zone.
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const logged = await page.request.post('/api/episodes', {
      data: { startedAt: new Date().toISOString(), durationMinutes: 20, timeZone, intensity: 6 },
    });
    expect(logged.status()).toBe(201);

    await page.goto('/trends');
    await page.getByRole('heading', { level: 2, name: 'Time to relief' }).waitFor();
    const reliefLabels = async () =>
      (await page.evaluate(() => (window as unknown as { drawn: Drawn[] }).drawn))
        .filter((d) => d.chart === 'Time to relief')
        .map((d) => d.text);
    await expect.poll(async () => (await reliefLabels()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const labels = await reliefLabels();
    const { month, day, year } = await page.evaluate(() => {
      const d = new Date();
      return { month: d.getMonth() + 1, day: d.getDate(), year: d.getFullYear() };
    });
    // Today's date is a tick (uPlot writes dates as M/D), and no later year appears at all.
    expect(labels.join(' ')).toMatch(new RegExp(`(^|\\D)${month}/${day}(\\D|$)`));
    for (const later of [year + 1, year + 2, year + 3]) expect(labels.join(' ')).not.toContain(String(later));
    expect(labels.join(' ')).not.toMatch(new RegExp(`/${String(year + 1).slice(2)}(\\D|$)`));
    await screenshots(page, 'trends-one-spasm');
    await context.close();
  });
});
