// Accounts and the diary: sign up, log a spasm in at most 3 taps, see it in the diary and in the
// trend chart, then delete the account.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshots } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the diary', () => {
  it('signs up, logs a spasm in 3 taps, shows it in the diary and the trend chart, and deletes the account', async () => {
    const { context, page } = await newPage(browser);
    const email = `e2e-${Date.now()}@example.com`;
    const password = 'a long enough passphrase';

    await page.goto('/account?mode=signup');
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await expectAccessible(page, 'sign-up form');
    await screenshots(page, 'account-sign-up');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Choose a password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(email).first().waitFor();
    await expectAccessible(page, 'signed in');
    await screenshots(page, 'account-signed-in');

    await page.goto('/diary');
    await page.getByRole('heading', { level: 1, name: 'Spasm diary' }).waitFor();
    await expectAccessible(page, 'diary');
    // Tap 1: Spasm now. Tap 2: the intensity. Tap 3: Save.
    await page.getByRole('link', { name: 'Spasm now' }).click();
    await page.getByRole('button', { name: '7', exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Spasm logged' }).waitFor();
    await expectAccessible(page, 'spasm logged');
    await screenshots(page, 'diary-spasm-logged');

    await page.goto('/diary');
    await expect
      .poll(
        () =>
          page
            .getByText(/7 of 10|intensity 7|7\/10/i)
            .first()
            .isVisible(),
        { timeout: 10_000 },
      )
      .toBe(true);
    await screenshots(page, 'diary-list');

    await page.goto('/trends');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.locator('.uplot canvas').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The chart's text alternative lists the logged spasm.
    expect(await page.locator('table.data-table').first().textContent()).toMatch(/7/);
    await expectAccessible(page, 'trends');
    await screenshots(page, 'trends');

    await page.goto('/account');
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    await page.getByLabel('Type your password to confirm').fill(password);
    await page.getByRole('button', { name: 'Delete my account and all my data' }).click();
    await page
      .getByText(/deleted/i)
      .first()
      .waitFor({ timeout: 10_000 });
    // The account is gone: signing in with it fails.
    const signIn = await page.request.post('/api/auth/sign-in/email', { data: { email, password } });
    expect(signIn.status()).toBe(401);
    await context.close();
  });

  it('sends a red-flag answer in the daily check-in straight to the emergency screen', async () => {
    const { context, page } = await newPage(browser);
    const email = `checkin-${Date.now()}@example.com`;
    const signUp = await page.request.post('/api/auth/sign-up/email', {
      data: { email, password: 'a long enough passphrase', name: 'C' },
    });
    expect(signUp.status()).toBe(200);
    // Sign-up never signs in.
    const signIn = await page.request.post('/api/auth/sign-in/email', {
      data: { email, password: 'a long enough passphrase' },
    });
    expect(signIn.status()).toBe(200);
    await page.goto('/diary/checkin');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'check-in form');
    await screenshots(page, 'diary-checkin');
    await page.locator('label[for$="saddle_numbness-yes"]').first().click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
      .toMatch(/emergency/i);
    await expectAccessible(page, 'check-in emergency');
    await context.close();
  });
});
