// Tests must be quiet: stray console output usually means a forgotten debug line or an
// unhandled warning, so it fails the test that produced it.
import { afterEach } from 'vitest';

const calls: string[] = [];
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  console[method] = (...args: unknown[]) => {
    calls.push(`console.${method}: ${args.map(String).join(' ')}`);
  };
}

afterEach(() => {
  const seen = calls.splice(0);
  if (seen.length > 0) throw new Error(`Unexpected console output:\n${seen.join('\n')}`);
});
