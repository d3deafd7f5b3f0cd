// Small file-system helpers shared by the data-directory lock and the embedded PostgreSQL.
import fs from 'node:fs';
import path from 'node:path';

/** Parents with the default mode (others may need to traverse them), the directory itself 0700. */
export function makeDataDir(dir: string): void {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
