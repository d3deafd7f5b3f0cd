// A Web Push service on 127.0.0.1 for tests: it hands out subscriptions with keys it made
// (ECDH P-256 and a 16-byte auth secret, as a browser does), decrypts what is pushed to them
// (aes128gcm, with http_ece) and answers 201, or a status a test chose (410: subscription gone).
import { createECDH, type ECDH, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';

export type ReceivedPush = {
  readonly subscription: string;
  readonly payload: unknown;
  readonly headers: Record<string, string | string[] | undefined>;
};

export type TestSubscription = {
  readonly endpoint: string;
  readonly expirationTime: null;
  readonly keys: { readonly p256dh: string; readonly auth: string };
};

type Subscriber = { ecdh: ECDH; auth: Buffer; status: number };

export type PushReceiver = {
  /** A new subscription; pushes to it are answered with `status` (201 unless given). */
  subscribe(status?: number): TestSubscription;
  /** Everything pushed so far, decrypted, in order of arrival. */
  readonly received: ReceivedPush[];
  /** Pushes that could not be decrypted (there should be none). */
  readonly errors: string[];
  for(subscription: TestSubscription): ReceivedPush[];
  close(): Promise<void>;
};

export async function startPushReceiver(): Promise<PushReceiver> {
  const subscribers = new Map<string, Subscriber>();
  const received: ReceivedPush[] = [];
  const errors: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const id = (request.url ?? '').replace(/^\/push\//, '');
      const subscriber = subscribers.get(id);
      if (!subscriber || request.method !== 'POST') {
        response.writeHead(404).end();
        return;
      }
      try {
        const plain = decrypt(Buffer.concat(chunks), {
          version: 'aes128gcm',
          privateKey: subscriber.ecdh,
          authSecret: subscriber.auth,
        });
        received.push({ subscription: id, payload: JSON.parse(plain.toString('utf8')), headers: request.headers });
      } catch (error) {
        errors.push(`${id}: ${(error as Error).message}`);
      }
      response.writeHead(subscriber.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const idOf = (s: TestSubscription) => s.endpoint.slice(s.endpoint.lastIndexOf('/') + 1);
  return {
    subscribe(status = 201) {
      const id = randomBytes(8).toString('hex');
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      subscribers.set(id, { ecdh, auth, status });
      return {
        endpoint: `http://127.0.0.1:${port}/push/${id}`,
        expirationTime: null,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
      };
    },
    received,
    errors,
    for: (s) => received.filter((r) => r.subscription === idOf(s)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
