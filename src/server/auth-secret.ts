// AUTH_SECRET: from the environment, or generated once into the data directory (mode 0600) so
// sessions survive restarts without any setup. Several app servers must share one AUTH_SECRET.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MIN_LENGTH = 32;

export function loadOrCreateAuthSecret(dataDir: string): { secret: string; created: boolean } {
  const file = join(dataDir, 'auth-secret');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  try {
    // Exclusive create: if two processes race, exactly one secret wins and both read it.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return { secret, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const existing = readFileSync(file, 'utf8').trim();
  if (existing.length < MIN_LENGTH) {
    throw new Error(
      `${file} holds a secret shorter than ${MIN_LENGTH} characters. Delete the file to generate a new one (everyone will have to sign in again), or set AUTH_SECRET.`,
    );
  }
  return { secret: existing, created: false };
}
