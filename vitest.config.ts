import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['src/test-support/fail-on-console.ts'],
    testTimeout: 60_000,
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
