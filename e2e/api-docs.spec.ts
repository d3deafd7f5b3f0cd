// The OpenAPI browser at /api/docs works under its strict Content-Security-Policy: every
// operation renders and the browser reports no violation (security-headers.ts, DOCS_CSP).
import { describe, expect, it } from 'vitest';
import { launch, newPage } from './support/browser.ts';

describe('the API docs page', () => {
  it('renders every operation with no Content-Security-Policy violation', async () => {
    const browser = await launch();
    try {
      const { page } = await newPage(browser);
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      const response = await page.goto('/api/docs/');
      expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'/);
      await page.waitForSelector('.opblock');
      await page.locator('.opblock-summary').first().click();
      await page.waitForSelector('.opblock-body');
      expect(await page.locator('.opblock').count()).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
