// Follow-through (issue 9): a person with a week of check-ins and spasms answers the weekly
// questions (PEG) from the diary's prompt, sees their score and "what helps me" on the trends
// page (never the medicine their saved check advises against), and opens their past check as it
// was saved. Every page passes axe and fits a 320 px screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launch, newPage, screenshots } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const origin = () => ({ origin: baseUrl() });

async function fitsNarrowScreen(page: Page, label: string): Promise<void> {
  const original = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const measure = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // The page's own content (the header's menu is checked by pages.spec.ts).
      const over = [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)})`);
      return { overflow: over.length, widest: over.slice(0, 5).join(', ') };
    });
  // A chart redraws at the new width on the resize event, a frame or more later on a busy machine.
  let result = await measure();
  for (let i = 0; i < 20 && result.overflow > 0; i++) {
    await page.waitForTimeout(100);
    result = await measure();
  }
  const { overflow, widest } = result;
  expect(overflow, `${label} is wider than 320 px: ${widest}`).toBe(0);
  if (original) await page.setViewportSize(original);
}

/** The browser's local date `days` ago, YYYY-MM-DD. */
const daysAgo = (page: Page, days: number) =>
  page.evaluate((d) => {
    const at = new Date(Date.now() - d * 86_400_000);
    return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  }, days);

describe('follow-through', () => {
  it('a week of diary, the weekly questions, what helps me and a past check', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    const email = `follow-${Date.now()}@example.com`;
    const signUp = await page.request.post('/api/auth/sign-up/email', {
      data: { email, password: 'a long enough passphrase', name: 'Follow' },
      headers: origin(),
    });
    expect(signUp.status()).toBe(200);
    // Sign-up never signs in.
    const signIn = await page.request.post('/api/auth/sign-in/email', {
      data: { email, password: 'a long enough passphrase' },
      headers: origin(),
    });
    expect(signIn.status()).toBe(200);

    // A saved check that rules out anti-inflammatory tablets (a past stomach ulcer).
    const check = await page.request.post('/api/assessments', {
      data: { age: 44, onsetDaysAgo: 7, painNow: 6, findings: ['stomach_ulcer_or_bleed_history'] },
      headers: origin(),
    });
    expect(check.status()).toBe(201);

    // A week of check-ins and spasms, each noting what was tried and how much it helped.
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    for (let d = 6; d >= 0; d--) {
      const date = await daysAgo(page, d);
      const checkin = await page.request.put(`/api/checkins/${date}`, {
        data: {
          timeZone,
          painAverage: 3 + Math.floor(d / 2),
          interferenceActivity: 3,
          interferenceSleep: 2,
          gettingBetter: true,
          findings: [],
          unsure: [],
        },
        headers: origin(),
      });
      expect(checkin.status()).toBe(201);
      const episode = await page.request.post('/api/episodes', {
        data: {
          startedAt: new Date(Date.now() - d * 86_400_000 - 3_600_000).toISOString(),
          timeZone,
          intensity: 5 + (d % 3),
          durationMinutes: 20 + d * 5,
          reliefTried: [
            { method: 'heat', helped: 3 - (d % 2) },
            { method: 'walking', helped: 1 + (d % 2) },
            { method: 'nsaid_oral', helped: 3 },
          ],
        },
        headers: origin(),
      });
      expect(episode.status()).toBe(201);
    }

    // The diary asks the weekly questions when none were answered this week.
    await page.goto('/diary');
    await page.getByRole('heading', { level: 1, name: 'Spasm diary' }).waitFor();
    await page.getByRole('link', { name: "Answer this week's questions" }).click();
    await page.getByRole('heading', { level: 1, name: 'Your week: pain, enjoyment and activity' }).waitFor();
    await expectAccessible(page, 'weekly questions');
    await fitsNarrowScreen(page, 'weekly questions');
    await screenshots(page, 'diary-peg');
    // Saving with nothing chosen lists what is missing.
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByText('Please answer 3 more questions').waitFor();
    const scales = page.locator('fieldset.score-scale');
    for (const [i, n] of [
      [0, '6'],
      [1, '5'],
      [2, '4'],
    ] as const)
      await scales.nth(i).getByRole('button', { name: n, exact: true }).click();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Weekly questions saved' }).waitFor();
    await page.getByText('Your score this week: 5.0 out of 10').waitFor();
    await expectAccessible(page, 'weekly questions saved');

    // The prompt is gone for this week.
    await page.goto('/diary');
    await page.getByRole('heading', { level: 1, name: 'Spasm diary' }).waitFor();
    await page.getByRole('link', { name: 'Your past checks' }).waitFor();
    expect(await page.getByRole('link', { name: "Answer this week's questions" }).count()).toBe(0);
    await expectAccessible(page, 'diary with a week of entries');
    await fitsNarrowScreen(page, 'diary');

    // Trends: "what helps me" ranks heat above walking, and never suggests the tablets.
    await page.goto('/trends');
    await page.getByRole('heading', { level: 2, name: 'What helps me' }).waitFor();
    const card = page.locator('section.what-helps');
    const ranked = await card.locator('ol li').allTextContents();
    expect(ranked).toHaveLength(2);
    expect(ranked[0]).toMatch(/^Heat .*used 7 times/);
    expect(ranked[1]).toMatch(/^A short walk/);
    expect(ranked.join(' ')).not.toMatch(/ibuprofen/i);
    expect(await card.getByRole('heading', { level: 3, name: 'Not suggested for you now' }).count()).toBe(1);
    expect(await card.textContent()).toMatch(
      /Ibuprofen or another anti-inflammatory tablet \(used 7 times\): Your latest check advises against this/,
    );
    expect(await card.textContent()).toMatch(/not proof/);
    await page.getByRole('heading', { level: 2, name: 'Your week: pain, enjoyment and activity' }).waitFor();
    await page.getByText('1 answer: 5 out of 10').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Weekly pain trend' }).waitFor();
    await expect.poll(() => page.locator('.uplot canvas').count(), { timeout: 10_000 }).toBeGreaterThan(3);
    await expectAccessible(page, 'trends with what helps me');
    await fitsNarrowScreen(page, 'trends');
    await screenshots(page, 'trends-follow-through');

    // Past checks: the list, then the check as it was saved, with its knowledge version.
    await page.getByRole('link', { name: 'Your past checks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your past checks' }).waitFor();
    await expectAccessible(page, 'past checks');
    await fitsNarrowScreen(page, 'past checks');
    const stored = (await check.json()) as { knowledgeVersion: string };
    await page.getByText(`(advice version ${stored.knowledgeVersion})`).waitFor();
    await page.locator('ul.check-list a').first().click();
    await page.getByRole('heading', { level: 1, name: /^Your check of / }).waitFor();
    await page.getByText(`advice version ${stored.knowledgeVersion}`).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Best avoided' }).waitFor();
    await expectAccessible(page, 'one past check');
    await fitsNarrowScreen(page, 'one past check');
    await screenshots(page, 'past-check');
    await context.close();
  });
});
