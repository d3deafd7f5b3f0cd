// The result on a phone: what to do now fits the first screen, the rest is folded in a fixed
// order and opens; on a desktop the two sit side by side. Then the start page and the relief page
// pick up the last result and a running timer.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NOW_SIGNS, NEXT_HOUR } from '#knowledge';
import { completeLiftingCheck } from './page-models/check.ts';
import { DESKTOP, expectAccessible, launch, newPage, PHONE, screenshots } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = join(import.meta.dirname, '..', 'artifacts', 'screenshots');
const FOLDS = ['Why', 'Likely causes', 'The full plan', 'What to avoid', 'Myth vs evidence', /^Sources \(\d+\)$/];

/** The bottom edge of an element, in CSS pixels from the top of the page. */
const bottomOf = async (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

async function noSidewaysScroll(page: Page, label: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
}

describe('the result', () => {
  it('fits what to do now on the first screen of a phone, and folds the rest in order', async () => {
    const { context, page } = await newPage(browser);
    await completeLiftingCheck(page);
    await page.evaluate(() => window.scrollTo(0, 0));

    // First screen: the disposition, at most three next-hour actions, the named call-now signs.
    const items = page.locator('.next-hour-item');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(NEXT_HOUR.max);
    expect(await page.locator('.notice-self_care').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^Start heat timer/ }).isVisible()).toBe(true);
    for (const sign of CALL_NOW_SIGNS.signs) expect(await page.getByText(sign).isVisible()).toBe(true);
    const call = page.locator('.call-now a[href^="tel:"]');
    expect(await call.getAttribute('href')).toBe('tel:999');
    for (const part of ['.notice-self_care', '.next-hour', '.call-now'])
      expect(await bottomOf(page, part), `${part} is on the first screen`).toBeLessThanOrEqual(PHONE.height);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'result-first-screen-390x844.png') });

    // The folds, in order, closed until opened.
    const summaries = page.locator('details.fold > summary');
    const titles = await summaries.allTextContents();
    expect(titles.length).toBe(FOLDS.length);
    FOLDS.forEach((want, i) => {
      if (typeof want === 'string') expect(titles[i]).toBe(want);
      else expect(titles[i]).toMatch(want);
    });
    expect(await page.locator('#plan-heat').isVisible()).toBe(false);
    for (const summary of await summaries.all()) await summary.click();
    expect(await page.locator('details.fold:not([open])').count()).toBe(0);
    expect(await page.locator('#plan-heat').isVisible()).toBe(true);
    await page.locator('#check-myths .check-myth').first().waitFor();
    const links = page.locator('#check-sources a[href^="http"]');
    await links.first().waitFor();
    expect(await links.count()).toBeGreaterThan(3);

    await expectAccessible(page, 'result, all folds open');
    await noSidewaysScroll(page, 'the result');
    await context.close();
  });

  it('puts what to do now beside the plan on a desktop', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await completeLiftingCheck(page);
    const now = await page.locator('.result-now').boundingBox();
    const plan = await page.locator('#check-plan').boundingBox();
    expect(now && plan).toBeTruthy();
    if (!now || !plan) return;
    expect(plan.x).toBeGreaterThanOrEqual(now.x + now.width);
    // The full plan starts open where there is room for it.
    expect(await page.locator('#plan-heat').isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'result-self-care');
    await context.close();
  });

  it('shows the last result and a running heat timer on the start page, and the plan on the relief page', async () => {
    const { context, page } = await newPage(browser);
    await completeLiftingCheck(page);
    await page.getByRole('link', { name: /^Start heat timer/ }).click();
    await page.getByRole('button', { name: /^Start \d+-minute heat session/ }).click();
    await page.getByRole('timer').waitFor();

    await page.getByRole('link', { name: 'Unknot' }).click();
    await page.getByRole('heading', { level: 2, name: /^Heat timer running/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Your last check/ }).waitFor();
    expect(await page.getByText('Look after it at home').isVisible()).toBe(true);
    expect(await page.locator('.home-emergency a[href="tel:999"]').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^Spasm now/ }).getAttribute('href')).toBe('/diary/spasm');
    await expectAccessible(page, 'home with a result and a timer');
    await screenshots(page, 'home-with-result');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Relief' }).click();
    await page.getByRole('heading', { level: 1, name: 'Relief' }).waitFor();
    expect(await page.getByText(/your last check’s plan/).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Start heat timer' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^Start\s*: / }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'relief from a plan');
    await screenshots(page, 'relief-from-plan');
    await noSidewaysScroll(page, 'home');
    await context.close();
  });
});
