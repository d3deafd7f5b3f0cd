// The check end to end: the emergency path, a self-care story with its plan and a heat timer
// that survives a reload, and a check completed offline.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answer,
  completeLiftingCheck,
  fillAbout,
  newWalk,
  next,
  noneOfThese,
  onResult,
  openCheck,
} from './page-models/check.ts';
import { expectAccessible, launch, newPage, screenshots, withInstalledApp } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the check', () => {
  it('reaches the emergency screen within 3 screens when there is saddle numbness', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/'); // screen 1
    await page.getByRole('link', { name: 'Check my back' }).click(); // screen 2: the emergency questions
    await page.getByRole('heading', { level: 1 }).waitFor();
    await answer(page, 'saddle_numbness', 'yes'); // screen 3, at once
    const heading = page.getByRole('heading', { level: 1, name: /emergency/i });
    await heading.waitFor({ timeout: 5_000 });
    expect(await page.getByRole('link', { name: /Call 999/ }).isVisible()).toBe(true);
    expect(
      await page
        .getByText(/do not drive yourself/i)
        .first()
        .isVisible(),
    ).toBe(true);
    await expectAccessible(page, 'emergency screen');
    await screenshots(page, 'check-emergency');
    await context.close();
  });

  it('reaches the emergency screen within 3 screens when pain spreads to the arm (version 2)', async () => {
    const { context, page } = await newPage(browser);
    let screens = 0;
    await page.goto('/'); // screen 1
    screens++;
    await page.getByRole('link', { name: 'Check my back' }).click(); // screen 2: the emergency questions
    screens++;
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(
      await page
        .getByText(/pain spreading to the arm, jaw or neck/)
        .first()
        .isVisible(),
    ).toBe(true);
    await answer(page, 'cardiac_symptoms_with_pain', 'yes'); // screen 3, at once
    screens++;
    await page.getByRole('heading', { level: 1, name: /emergency/i }).waitFor({ timeout: 5_000 });
    expect(screens).toBeLessThanOrEqual(3);
    // The same words also sit in the folded "More about why" below: the first is the visible one.
    expect(
      await page
        .getByText(/breathlessness, a tight chest, or pain spreading/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole('link', { name: /Call 999/ }).isVisible()).toBe(true);
    await expectAccessible(page, 'emergency screen, cardiac');
    await context.close();
  });

  it('shows the number of the region the browser is in, and lets the person change it', async () => {
    const { context, page } = await newPage(browser, undefined, 'en-US');
    await page.goto('/check');
    await answer(page, 'chest_pain', 'yes');
    await page.getByRole('heading', { level: 1, name: /emergency/i }).waitFor({ timeout: 5_000 });
    expect(await page.getByRole('link', { name: /Call 911/ }).getAttribute('href')).toBe('tel:911');
    expect(await page.getByRole('link', { name: /Call 999/ }).count()).toBe(0);
    await page.getByLabel('Where are you?').selectOption('eu');
    expect(await page.getByRole('link', { name: /Call 112/ }).getAttribute('href')).toBe('tel:112');
    await page.reload();
    await page.getByRole('link', { name: /Call 112/ }).waitFor();
    await context.close();
  });

  it('takes the ordinary spasm story to its self-care result in at most 20 taps and 8 screens', async () => {
    const { context, page } = await newPage(browser);
    const walk = await completeLiftingCheck(page, newWalk(), {
      fromHome: true,
      // Each step: axe (light and dark) and screenshots; neither taps.
      shots: async (name) => {
        await expectAccessible(page, name);
        await screenshots(page, name);
      },
    });
    console.info(`ordinary story: ${walk.taps} taps, ${walk.screens.length} screens: ${walk.screens.join(' | ')}`);
    expect(walk.taps).toBeLessThanOrEqual(20);
    expect(walk.screens.length).toBeLessThanOrEqual(8);
    expect(await page.locator('.notice-self_care').isVisible()).toBe(true);
    await screenshots(page, 'check-7-result');
    await context.close();
  });

  it('shows a calm self-check for "not sure" about saddle numbness, then the emergency screen if still unsure', async () => {
    const { context, page } = await newPage(browser);
    await openCheck(page);
    await answer(page, 'saddle_numbness', 'unsure');
    await page.getByRole('heading', { name: 'Check the feeling between your legs' }).waitFor();
    expect(await page.getByText(/toilet paper or tissue/).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1, name: /emergency/i }).count()).toBe(0);
    await expectAccessible(page, 'self-check');
    await screenshots(page, 'check-self-check');
    await page.getByRole('button', { name: 'Still not sure' }).click();
    await page.getByRole('heading', { level: 1, name: /emergency/i }).waitFor({ timeout: 5_000 });
    expect(
      await page
        .getByText(/Because you cannot be sure, you need to be checked now/)
        .first()
        .isVisible(),
    ).toBe(true);
    await context.close();
  });

  it('a self-check answered "no, it is normal" carries on with the check', async () => {
    const { context, page } = await newPage(browser);
    await openCheck(page);
    await answer(page, 'saddle_numbness', 'unsure');
    await page.getByRole('button', { name: 'No, it is normal' }).click();
    expect(await page.locator('#q-saddle_numbness-no').isChecked()).toBe(true);
    expect(await page.getByRole('heading', { level: 1, name: /emergency/i }).count()).toBe(0);
    await context.close();
  });

  it('asks a same-day story only the medicines and conditions its urgent plan can use', async () => {
    const { context, page } = await newPage(browser);
    await openCheck(page);
    await noneOfThese(page);
    await page.locator('#q-age').waitFor();
    await fillAbout(page, { age: 60, sex: 'male', when: 'weeks', painNow: 5 });
    await page.locator('#q-onsetExact').fill('14');
    await next(page);
    await answer(page, 'cancer_history', 'yes');
    await next(page);
    await answer(page, 'night_pain_prevents_sleep', 'yes');
    await noneOfThese(page); // the other see-a-doctor list
    for (let i = 0; i < 5 && !(await onResult(page).isVisible()); i++) {
      const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
      expect(await page.locator('#q-med_anticoagulant-yes, [data-codes~="med_anticoagulant"]').count(), heading).toBe(
        0,
      );
      expect(await page.locator('[data-codes~="kidney_disease"]').count(), heading).toBe(0);
      if (heading !== 'Medicines and health') await next(page);
      else {
        await noneOfThese(page);
        break;
      }
    }
    await onResult(page).waitFor();
    expect(await page.locator('.notice-urgent').isVisible()).toBe(true);
    await context.close();
  });

  it('opened directly, paints its first questions at once: its HTML preloads the check and no "Loading…" shows', async () => {
    const { context, page } = await newPage(browser);
    // Everything the page ever showed while loading, recorded from the very first node.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const text = document.getElementById('root')?.textContent ?? '';
        if (text) seen.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const response = await page.goto('/check');
    const html = (await response?.text()) ?? '';
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/CheckFlow-[\w-]+\.js">/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((text) => text.includes('Loading'))).toEqual([]);
    expect(seen[0]).toContain('None of these');
    await context.close();
  });

  it('gives each step its own address: Back returns one step, and a reload keeps the answers', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('link', { name: 'Check my back' }).first().click();
    await page.getByRole('button', { name: 'None of these', exact: true }).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/check/emergency');
    await noneOfThese(page); // step 1 → 2
    await fillAbout(page, { age: 34, sex: 'male', when: 'yesterday', painNow: 6 });
    await next(page); // step 2 → 3
    await page.waitForURL(/\/check\/same_day$/);
    await page.goBack();
    await page.waitForURL(/\/check\/about$/);
    expect(await page.locator('#q-age').inputValue()).toBe('34');
    await page.reload();
    await page.locator('#q-age').waitFor();
    expect(await page.locator('#q-age').inputValue()).toBe('34');
    expect(await page.locator('#q-onsetChoice-yesterday').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.waitForURL(/\/check\/emergency$/);
    expect(await page.locator('section.any-of button[aria-pressed="true"]', { hasText: 'None of these' }).count()).toBe(
      2,
    );
    await context.close();
  });

  it('gives a self-care story its reasons, heat and stay-active cards, and a heat timer that survives a reload', async () => {
    const { context, page } = await newPage(browser);
    await completeLiftingCheck(page);
    expect(await page.locator('.notice-self_care').isVisible()).toBe(true);
    await page.getByText('The full plan', { exact: true }).click(); // folded on a phone
    expect(await page.locator('#plan-heat').isVisible()).toBe(true);
    expect(await page.locator('#plan-stay_active').isVisible()).toBe(true);
    expect(await page.getByText('Why', { exact: true }).first().isVisible()).toBe(true);
    await page.getByText('Likely causes', { exact: true }).click();
    expect(await page.getByText(/lift/i).filter({ visible: true }).first().isVisible()).toBe(true);
    await expectAccessible(page, 'self-care result');
    await screenshots(page, 'check-result-self-care');

    await page.getByRole('link', { name: 'Start heat timer' }).first().click();
    await page.getByRole('button', { name: /^Start \d+-minute heat session/ }).click();
    const timer = page.getByRole('timer');
    const read = async () => {
      // The visible countdown (mm:ss); the timer also carries a spoken form for screen readers.
      const shown = (await timer.locator('[aria-hidden="true"]').textContent()) ?? '';
      const [m = 0, s = 0] = shown.trim().split(':').map(Number);
      return m * 60 + s;
    };
    const first = await read();
    await page.waitForTimeout(2_500);
    const later = await read();
    expect(later).toBeLessThan(first);
    await page.reload();
    await timer.waitFor();
    const afterReload = await read();
    expect(afterReload).toBeLessThanOrEqual(later);
    expect(afterReload).toBeGreaterThan(later - 10);
    await page.waitForTimeout(1_500);
    expect(await read()).toBeLessThan(afterReload);
    await expectAccessible(page, 'heat timer running');
    await screenshots(page, 'relief-heat-running');
    await context.close();
  });

  it('completes a check offline and shows the result', async () => {
    await withInstalledApp(async (page, context) => {
      await context.setOffline(true);
      await completeLiftingCheck(page);
      expect(await page.locator('.notice-self_care').isVisible()).toBe(true);
      expect(await page.locator('#plan-heat').count()).toBe(1);
    });
  });
});
