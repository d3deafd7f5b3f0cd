// Installable PWA: Lighthouse 12 has no PWA category, so Chromium's DevTools protocol checks the
// manifest and installability, and an offline reload must still serve the app.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, CHROMIUM, CHROMIUM_ARGS, PHONE } from './support/browser.ts';

describe('the installable app', () => {
  it('has a valid manifest, is installable, and reloads offline', async () => {
    // A persistent profile: installability is not checked in incognito contexts.
    const profile = mkdtempSync(join(tmpdir(), 'unknot-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: PHONE,
      baseURL: baseUrl(),
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('/');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // The first load installs the service worker; reload once so it controls the page.
      await page.reload();
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
        .toBe(true);

      const cdp = await context.newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
      expect(manifest.url).toMatch(/manifest\.webmanifest$/);
      expect(manifest.errors).toEqual([]);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: unknown[];
      };
      expect(installabilityErrors).toEqual([]);

      await context.setOffline(true);
      await page.reload();
      await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/back spasm serious/i);
      // Any page of the app, not only the one first loaded, comes from the cache.
      await page.goto('/check');
      await expect.poll(() => page.getByRole('link', { name: 'Unknot' }).isVisible()).toBe(true);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
