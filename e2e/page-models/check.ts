// The check, as a person walks through it: answer a group, press Next, until the result.
import type { Page } from 'playwright-core';

/** Opens the check and waits for its questions (the check's code loads on demand). */
export async function openCheck(page: Page): Promise<void> {
  await page.goto('/check');
  await page.locator('input[type="radio"]').first().waitFor({ state: 'attached' });
}

/** Chooses "no" for every yes/no question on the current page that has no answer yet. */
export async function answerRestNo(page: Page): Promise<void> {
  const radios = page.locator('input[type="radio"][id$="-no"]:not([id^="q-sex-"])');
  for (const radio of await radios.all()) {
    const name = await radio.getAttribute('name');
    if (name && (await page.locator(`input[name="${name}"]:checked`).count()) === 0) {
      // People tap the visible label; the radio itself is visually hidden.
      await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
    }
  }
}

export async function answer(page: Page, code: string, value: 'yes' | 'no' | 'unsure'): Promise<void> {
  await page.locator(`label[for="q-${code}-${value}"]`).click();
}

export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** Answers the "about you" group: age, duration, pain, sex and earlier episodes. */
export async function fillAbout(
  page: Page,
  values: { age: number; onsetDaysAgo: number; painNow: number },
): Promise<void> {
  await page.locator('#q-age').fill(String(values.age));
  await page.locator('#q-onsetDaysAgo').fill(String(values.onsetDaysAgo));
  await page.locator('#q-painNow').fill(String(values.painNow));
  await page.locator('label[for="q-sex-male"]').click();
  await page.locator('#q-previousEpisodes').fill('0');
}

/**
 * A lifting story: no emergency signs, 34 years old, 2 days, pain 6, heavy lifting and a
 * spasm during the lift; every other answer no. Ends on the result page.
 */
export async function completeLiftingCheck(page: Page): Promise<void> {
  await openCheck(page);
  await answerRestNo(page);
  await next(page);
  await fillAbout(page, { age: 34, onsetDaysAgo: 2, painNow: 6 });
  await next(page);
  for (let i = 0; i < 20; i++) {
    // Wait for the next group, or for the result (its code loads on demand).
    await page.waitForFunction(
      () =>
        document.querySelector('h1')?.textContent === 'Your result' ||
        document.querySelector('.check-nav button[type="submit"]') !== null,
    );
    if (await page.getByRole('heading', { level: 1, name: 'Your result' }).isVisible()) return;
    for (const code of ['heavy_lifting', 'onset_during_lift_or_twist']) {
      if ((await page.locator(`#q-${code}-yes`).count()) > 0) await answer(page, code, 'yes');
    }
    await answerRestNo(page);
    await next(page);
  }
  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
}
