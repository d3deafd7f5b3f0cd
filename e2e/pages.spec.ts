// Every page: axe (WCAG 2.1 A/AA) finds nothing, in light and dark, nothing scrolls sideways at
// 320 px, and screenshots at 390×844 and 1280×800, light and dark, are saved under
// artifacts/screenshots for review.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noneOfThese, openCheck } from './page-models/check.ts';
import { expectAccessible, launch, newPage, screenshots } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  ['/', 'home'],
  ['/check', 'check-emergency-questions'],
  ['/relief', 'relief'],
  ['/relief/heat', 'relief-heat'],
  ['/relief/cold', 'relief-cold'],
  ['/exercise/knee-to-chest', 'exercise-knee-to-chest'],
  ['/exercise/pelvic-tilt', 'exercise-pelvic-tilt'],
  ['/exercise/single-leg-raise', 'exercise-single-leg-raise'],
  ['/exercise/gentle-stretch', 'exercise-gentle-stretch'],
  ['/exercise/walking', 'exercise-walking'],
  ['/diary', 'diary-signed-out'],
  ['/trends', 'trends-signed-out'],
  ['/checks', 'checks-signed-out'],
  ['/report', 'report-signed-out'],
  ['/reminders', 'reminders-signed-out'],
  ['/account', 'account-sign-in'],
  ['/no-such-page', 'not-found'],
] as const;

describe('every page', () => {
  for (const [path, name] of PAGES) {
    it(`${path} is accessible and fits a 320 px screen`, async () => {
      const { context, page } = await newPage(browser);
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expectAccessible(page, path);
      await screenshots(page, name);
      await page.emulateMedia({ colorScheme: 'dark' });
      await screenshots(page, `${name}-dark`);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  it('keeps the menu on one line at 320 px, with the brand linking home', async () => {
    const { context, page } = await newPage(browser, { width: 320, height: 640 });
    await page.goto('/relief');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = nav.getByRole('link');
    expect((await links.allInnerTexts()).slice(0, 4)).toEqual(['Check', 'Diary', 'Relief', 'Trends']);
    expect(await nav.getByRole('link', { name: 'Account' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Relief' }).getAttribute('aria-current')).toBe('page');
    // One line: every link has the same top, and the list is no taller than one link.
    const boxes = await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
    const tops = new Set(boxes.map((b) => Math.round(b.top)));
    expect(tops.size).toBe(1);
    const listHeight = await nav.locator('ul').evaluate((el) => el.getBoundingClientRect().height);
    expect(listHeight).toBeLessThanOrEqual(Math.max(...boxes.map((b) => b.height)) + 1);
    const header = await page.locator('.app-header').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(header).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Unknot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Is my back spasm serious?' }).waitFor();
    await context.close();
  });

  it('the "about you" step of the check is accessible, starting in dark mode', async () => {
    const { context, page } = await newPage(browser);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await openCheck(page);
    await noneOfThese(page);
    await page.locator('#q-age').waitFor();
    await expectAccessible(page, 'about you');
    await screenshots(page, 'check-about-dark');
    await context.close();
  });
});
