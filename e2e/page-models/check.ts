// The check, as a person walks through it on a phone, counting what they do: every tap (a click,
// or a key on the number pad) and every screen they see.
import type { Page } from 'playwright-core';

export type Walk = { taps: number; screens: string[] };

export const newWalk = (): Walk => ({ taps: 0, screens: [] });

/** Records the screen on show (its address and heading) once. */
export async function seen(page: Page, walk: Walk): Promise<void> {
  const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
  const key = `${new URL(page.url()).pathname} ${heading}`;
  if (walk.screens.at(-1) !== key) walk.screens.push(key);
}

async function tap(walk: Walk | undefined, action: () => Promise<void>, count = 1): Promise<void> {
  await action();
  if (walk) walk.taps += count;
}

/** Opens the check and waits for its first list (the check's code loads on demand). */
export async function openCheck(page: Page): Promise<void> {
  await page.goto('/check');
  await page.getByRole('button', { name: 'None of these', exact: true }).first().waitFor();
}

/** "None of these" on every list of the screen not yet answered (the last one moves on). */
export async function noneOfThese(page: Page, walk?: Walk): Promise<void> {
  const before = new URL(page.url()).pathname;
  // Lists where nothing is chosen yet ("Yes, one or more" not open).
  const open = page.locator('section.any-of').filter({ has: page.locator('button[aria-expanded="false"]') });
  const buttons = open.locator('button[aria-pressed="false"]', { hasText: 'None of these' });
  const count = await buttons.count();
  for (let i = 0; i < count; i++) await tap(walk, () => buttons.first().click());
  // Wait until the next screen is on show (each has its own address).
  await page.waitForFunction((path) => location.pathname !== path, before);
}

/** Answers one finding, opening its list with "Yes, one or more" when it is folded. */
export async function answer(page: Page, code: string, value: 'yes' | 'no' | 'unsure', walk?: Walk): Promise<void> {
  if ((await page.locator(`#q-${code}-${value}`).count()) === 0) {
    const list = page.locator(`section.any-of[data-codes~="${code}"]`);
    await tap(walk, () => list.getByRole('button', { name: 'Yes, one or more' }).click());
  }
  await tap(walk, () => page.locator(`label[for="q-${code}-${value}"]`).click());
}

/** Next, and wait for the following screen (each screen has its own address). */
export async function next(page: Page, walk?: Walk): Promise<void> {
  const before = new URL(page.url()).pathname;
  await tap(walk, () => page.getByRole('button', { name: 'Next', exact: true }).click());
  await page.waitForFunction((path) => location.pathname !== path, before);
}

/** The "about you" screen: age typed (a tap on the box and one per digit), sex, when, pain. */
export async function fillAbout(
  page: Page,
  values: { age: number; sex: 'male' | 'female'; when: string; painNow: number },
  walk?: Walk,
): Promise<void> {
  const age = String(values.age);
  await tap(walk, () => page.locator('#q-age').fill(age), 1 + age.length);
  await tap(walk, () => page.locator(`label[for="q-sex-${values.sex}"]`).click());
  if (values.sex === 'female') await tap(walk, () => page.locator('label[for="q-pregnant-no"]').click());
  await tap(walk, () => page.locator(`label[for="q-onsetChoice-${values.when}"]`).click());
  await tap(walk, () =>
    page
      .getByRole('button', { name: String(values.painNow), exact: true })
      .first()
      .click(),
  );
}

export const onResult = (page: Page) => page.getByRole('heading', { level: 1, name: 'Your result' });

/**
 * The ordinary spasm story: 34, male, lifted a heavy box yesterday, pain 6, no warning signs.
 * Ends on the result page; `walk` counts the taps and screens.
 */
export async function completeLiftingCheck(
  page: Page,
  walk: Walk = newWalk(),
  { fromHome = false, shots }: { fromHome?: boolean; shots?: (name: string) => Promise<void> } = {},
): Promise<Walk> {
  const shot = async (name: string) => {
    await seen(page, walk);
    await shots?.(name);
  };
  if (fromHome) {
    await page.goto('/');
    await seen(page, walk);
    await tap(walk, () => page.getByRole('link', { name: 'Check my back' }).first().click());
    await page.getByRole('button', { name: 'None of these', exact: true }).first().waitFor();
  } else await openCheck(page);
  await shot('check-1-emergency');
  await noneOfThese(page, walk); // the emergency signs: two lists
  await page.locator('#q-age').waitFor();
  await fillAbout(page, { age: 34, sex: 'male', when: 'yesterday', painNow: 6 }, walk);
  await shot('check-2-about');
  await next(page, walk);
  await page.getByRole('heading', { level: 1, name: /Any of these/ }).waitFor();
  await shot('check-3-same-day');
  await noneOfThese(page, walk); // same-day signs
  await shot('check-4-see-doctor');
  await noneOfThese(page, walk); // see-a-doctor signs: two lists
  await page.locator('label[for="q-heavy_lifting-yes"]').waitFor();
  await tap(walk, () => page.locator('label[for="q-heavy_lifting-yes"]').click());
  await shot('check-5-onset');
  await next(page, walk);
  await page.getByRole('heading', { level: 1, name: 'Medicines and health' }).waitFor();
  await shot('check-6-medicines');
  await noneOfThese(page, walk); // medicines and conditions
  await onResult(page).waitFor();
  await seen(page, walk);
  return walk;
}
