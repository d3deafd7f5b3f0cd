import { defineConfig } from 'vitest/config';

// End-to-end tests: Debian's Chromium, driven by playwright-core, against the built app served
// by the real server on an embedded PostgreSQL (e2e/support/global-setup.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One browser at a time on a 2-core machine keeps timings honest.
    fileParallelism: false,
  },
});
