// Installable PWA: Lighthouse 12 has no PWA category, so Chromium's DevTools protocol checks the
// manifest and installability, and an offline reload must still serve the app.
import { describe, expect, it } from 'vitest';
import { withInstalledApp } from './support/browser.ts';

describe('the installable app', () => {
  it('has a valid manifest, is installable, and reloads offline', async () => {
    await withInstalledApp(async (page, context) => {
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
    });
  });
});
