// Global setup of the slow suites (vitest.config.ts): builds the web app (dist/web) and the CLI
// and server bundles once, before any test file runs, when they are missing or stale. The suites
// that spawn `unknot serve` then start servers that have nothing to build, instead of each one
// building (or racing another to build) under a start-up timeout.
import { ensureCliBuilt, ensureServerBuilt } from '../../scripts/build-cli.mjs';
import { ensureWebBuilt } from '../../scripts/build-web.mjs';

export default async function setup(): Promise<void> {
  await ensureWebBuilt();
  await Promise.all([ensureCliBuilt(), ensureServerBuilt()]);
}
