// "Report for my doctor": sign up, log a spasm, download the PDF and the FHIR Bundle from the
// page, download the backup, then import it into a new account and find the spasm there. The
// signed-in page passes axe and does not scroll sideways at 320 px.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshots } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function signUp(page: Page, email: string): Promise<void> {
  await page.goto('/account?mode=signup');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Choose a password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(email).first().waitFor();
}

/** Clicks a download link and returns the saved file's bytes and suggested name. */
async function download(page: Page, name: string | RegExp): Promise<{ bytes: Buffer; filename: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const path = await file.path();
  return { bytes: readFileSync(path), filename: file.suggestedFilename() };
}

describe('report for my doctor', () => {
  it('downloads the PDF and the FHIR Bundle, and imports the backup into a new account', async () => {
    const { context, page } = await newPage(browser);
    await signUp(page, `e2e-report-${Date.now()}@example.com`);
    await page.goto('/diary');
    await page.getByRole('link', { name: 'Spasm now' }).click();
    await page.getByRole('button', { name: '7', exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Spasm logged' }).waitFor();

    await page.goto('/account');
    await page.getByRole('link', { name: /Report for my doctor/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Report for my doctor' }).waitFor();
    await expectAccessible(page, 'report page');
    await screenshots(page, 'report');

    await page.getByLabel('Name to print on it (optional)').fill('Alex Example');
    const pdf = await download(page, 'Download the PDF report');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.filename).toMatch(/^unknot-report-\d{4}-\d{2}-\d{2}\.pdf$/);

    const fhir = await download(page, 'FHIR R4 bundle (JSON)');
    const bundle = JSON.parse(fhir.bytes.toString()) as {
      resourceType: string;
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.map((e) => e.resource.resourceType)).toContain('Observation');

    const backup = await download(page, 'Download a backup');
    expect(JSON.parse(backup.bytes.toString())).toMatchObject({ format: 'unknot-backup' });

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, '/report scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    await context.close();

    // A new account: import the file, then the spasm is in its diary.
    const second = await newPage(browser);
    await signUp(second.page, `e2e-import-${Date.now()}@example.com`);
    await second.page.goto('/report');
    await second.page.getByRole('heading', { level: 1, name: 'Report for my doctor' }).waitFor();
    await second.page
      .getByLabel('Import a backup into this account')
      .setInputFiles({ name: backup.filename, mimeType: 'application/json', buffer: backup.bytes });
    await second.page.getByRole('button', { name: 'Import the backup' }).click();
    await second.page.getByText('Backup imported').waitFor();
    await expect.poll(() => second.page.getByText(/1 spasm episodes/).isVisible()).toBe(true);
    await expectAccessible(second.page, 'backup imported');

    // The same file again is refused: the account is no longer empty.
    await second.page.getByRole('button', { name: 'Import the backup' }).click();
    await second.page
      .getByRole('alert')
      .getByText(/already has diary entries/)
      .waitFor();

    await second.page.goto('/diary');
    await expect
      .poll(
        () =>
          second.page
            .getByText(/7 of 10|intensity 7|7\/10/i)
            .first()
            .isVisible(),
        { timeout: 10_000 },
      )
      .toBe(true);
    await second.context.close();
  });
});
