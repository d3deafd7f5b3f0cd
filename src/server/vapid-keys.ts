// VAPID keys for Web Push: from VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY, or generated once into the
// data directory (mode 0600) like the auth secret, so browsers' subscriptions stay valid across
// restarts. Several app servers must share one pair (set the variables).
import { createECDH } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type VapidKeys = { readonly publicKey: string; readonly privateKey: string };

const KEY = { publicKey: /^[A-Za-z0-9_-]{87}$/, privateKey: /^[A-Za-z0-9_-]{43}$/ } as const;

export const VAPID_KEYS_FILE = 'vapid-keys.json';

/**
 * A new P-256 key pair in the form web-push uses: the uncompressed public point (65 bytes) and
 * the private scalar (32 bytes), base64url. (node:crypto rather than web-push, which takes a
 * noticeable part of a second to load: start-up stays fast.)
 */
export function generateVapidKeys(): VapidKeys {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const privateKey = Buffer.alloc(32);
  const d = ecdh.getPrivateKey();
  d.copy(privateKey, 32 - d.length);
  return { publicKey: ecdh.getPublicKey().toString('base64url'), privateKey: privateKey.toString('base64url') };
}

export function loadOrCreateVapidKeys(dataDir: string): { keys: VapidKeys; created: boolean } {
  const file = join(dataDir, VAPID_KEYS_FILE);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keys = generateVapidKeys();
  try {
    // Exclusive create: if two processes race, exactly one pair wins and both read it.
    writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600, flag: 'wx' });
    return { keys, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    stored = undefined;
  }
  const { publicKey, privateKey } = (stored ?? {}) as Record<string, unknown>;
  if (
    typeof publicKey !== 'string' ||
    typeof privateKey !== 'string' ||
    !KEY.publicKey.test(publicKey) ||
    !KEY.privateKey.test(privateKey)
  ) {
    throw new Error(
      `${file} does not hold a VAPID key pair. Delete the file to generate a new one (every browser will have to turn reminders on again), or set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY.`,
    );
  }
  return { keys: { publicKey, privateKey }, created: false };
}
