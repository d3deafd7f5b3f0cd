import { defineConfig } from 'vitest/config';

/**
 * The slow suites: they spawn servers, kill processes with SIGKILL, fail the database on purpose
 * or send thousands of requests, and take from 20 s to minutes each. `npm test` runs them with
 * the rest; `npm run test:fast` leaves them out while developing. A new suite like them goes here.
 */
const SLOW = [
  'src/server/durability.int.test.ts',
  'src/server/db-faults.int.test.ts',
  'src/server/main.int.test.ts',
  'src/server/two-servers.int.test.ts',
  'src/server/soak.int.test.ts',
  'src/server/fuzz.int.test.ts',
  'src/server/db/embedded-postgres.int.test.ts',
  'src/server/db/list-queries.int.test.ts',
  'src/**/*.slow.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['src/test-support/fail-on-console.ts'],
    testTimeout: 60_000,
    projects: [
      // bench/ keeps one test: the json-rules-engine rule set must agree with assess() (bench:rules).
      { extends: true, test: { name: 'fast', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'], exclude: SLOW } },
      // dist/web and the CLI and server bundles are built once, before any slow suite starts a server.
      { extends: true, test: { name: 'slow', include: SLOW, globalSetup: ['src/test-support/build-once.ts'] } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/*.cases.ts', 'src/test-support/**'],
      reporter: ['text-summary', 'json-summary'],
      // The clinical core is held to 100 %; other layers are reported but not gated (STYLE §4.8).
      thresholds: {
        'src/engine/**': { lines: 100, branches: 100, functions: 100, statements: 100 },
        'src/knowledge/**': { lines: 100, branches: 100, functions: 100, statements: 100 },
      },
    },
  },
});
