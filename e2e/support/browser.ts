// Debian's Chromium through playwright-core (never a downloaded browser), with axe and
// screenshots saved under artifacts/screenshots (gitignored) for review.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const baseUrl = (): string => inject('baseUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** A UK browser unless told otherwise: the region (emergency number, care routes) follows it. */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = PHONE,
  locale = 'en-GB',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl(), locale });
  const page = await context.newPage();
  return { context, page };
}

/**
 * axe with the WCAG 2.1 A/AA rules, in the light and the dark colour scheme: no violations
 * allowed in either. The page is left in the scheme it had.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const schemes = dark ? (['dark', 'light'] as const) : (['light', 'dark'] as const);
  for (const [i, colorScheme] of schemes.entries()) {
    if (i > 0) {
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(250); // buttons fade their colours over 0.15 s
    }
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary, `axe on ${label} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: schemes[0] });
  await page.waitForTimeout(250);
}

const SHOTS = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');

/** Saves full-page screenshots of the current page at phone and desktop sizes. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/**
 * Runs `use` with a page of a persistent profile (installability is not checked in incognito
 * contexts) that the service worker controls, so the app works offline from here on.
 */
export async function withInstalledApp(use: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'unknot-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
    baseURL: baseUrl(),
    locale: 'en-GB',
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
    await use(page, context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
