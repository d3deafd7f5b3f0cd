// A Web Push service of our own on 127.0.0.1: it stands in for the browser vendor's (which a
// headless browser without a network cannot reach). It owns a subscription's keys (a P-256 key
// pair and a 16-byte auth secret, as a browser makes them), takes the server's encrypted POSTs
// and decrypts them (RFC 8291, aes128gcm) with http_ece, as the browser would.
import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';

export type PushMessage = {
  /** The decrypted payload, as the service worker's push event would see it. */
  text: string;
  headers: IncomingHttpHeaders;
  path: string;
  at: number;
};

export type PushReceiver = {
  /** The subscription to register (PushSubscription.toJSON()'s shape). */
  subscription: { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } };
  messages: PushMessage[];
  /** Resolves with the first message (received from now on, or already) that `match` accepts. */
  next: (match?: (m: PushMessage) => boolean, timeoutMs?: number) => Promise<PushMessage>;
  close: () => Promise<void>;
};

export async function startPushReceiver(): Promise<PushReceiver> {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  const messages: PushMessage[] = [];
  const waiting = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        if (req.method !== 'POST' || req.headers['content-encoding'] !== 'aes128gcm') throw new Error('not a push');
        const text = decrypt(Buffer.concat(chunks), { version: 'aes128gcm', privateKey: ecdh, authSecret: auth });
        messages.push({ text: text.toString('utf8'), headers: req.headers, path: req.url ?? '', at: Date.now() });
        for (const wake of waiting) wake();
        res.writeHead(201).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const id = randomBytes(8).toString('hex');
  return {
    subscription: {
      endpoint: `http://127.0.0.1:${port}/push/${id}`,
      expirationTime: null,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    },
    messages,
    next: (match = () => true, timeoutMs = 150_000) =>
      new Promise<PushMessage>((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no push message within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        waiting.add(check);
        check();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
