// Sending one Web Push message (RFC 8030, encrypted with aes128gcm, signed with VAPID). The
// `web-push` library builds the request; it is sent with fetch so that redirects are never
// followed and a test push receiver on http://127.0.0.1 works when PUSH_ALLOW_LOOPBACK=1.
//
// A push endpoint is a URL the browser gave us and the server will POST to, so it is checked
// (server-side request forgery): https on a host name only, unless loopback is allowed.
import type webPushModule from 'web-push';
import type { VapidKeys } from '../vapid-keys.ts';

/** Loaded on the first push, not at start (it takes a noticeable part of a second to load). */
let webPush: Promise<typeof webPushModule> | undefined;
const loadWebPush = () => {
  webPush ??= import('web-push').then((m) => m.default);
  return webPush;
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/** Why this endpoint is refused, or undefined when the server may send to it. */
export function pushEndpointProblem(endpoint: string, allowLoopback: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'must be a URL';
  }
  const host = url.hostname.toLowerCase();
  if (allowLoopback && LOOPBACK_HOSTS.has(host) && (url.protocol === 'http:' || url.protocol === 'https:')) {
    return undefined;
  }
  if (url.protocol !== 'https:') return "must be an https address (your browser's push service)";
  if (url.username || url.password) return 'must not carry a user name or password';
  if (IP_LITERAL.test(host) || host === 'localhost' || host.endsWith('.localhost') || !host.includes('.')) {
    return "must be the address of a push service on the internet (your browser's push service)";
  }
  return undefined;
}

export type PushTarget = { readonly endpoint: string; readonly p256dh: string; readonly auth: string };

export type PushOptions = {
  readonly vapid: VapidKeys;
  /** A mailto: or https: URL the push service may contact. */
  readonly subject: string;
  readonly allowLoopback: boolean;
  /** How long the push service may keep the message for an offline device. */
  readonly ttlSeconds: number;
  /** A newer message with the same topic replaces an undelivered older one. */
  readonly topic?: string;
  readonly timeoutMs?: number;
};

export type PushResult =
  | { readonly outcome: 'sent'; readonly status: number }
  /** The subscription has expired or was withdrawn (404 or 410): forget it. */
  | { readonly outcome: 'gone'; readonly status: number }
  | { readonly outcome: 'failed'; readonly status?: number; readonly reason: string };

export async function sendWebPush(target: PushTarget, payload: string, options: PushOptions): Promise<PushResult> {
  const problem = pushEndpointProblem(target.endpoint, options.allowLoopback);
  if (problem) return { outcome: 'failed', reason: `endpoint ${problem}` };
  const { generateRequestDetails } = await loadWebPush();
  let details: ReturnType<typeof generateRequestDetails>;
  try {
    details = generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      {
        vapidDetails: {
          subject: options.subject,
          publicKey: options.vapid.publicKey,
          privateKey: options.vapid.privateKey,
        },
        TTL: options.ttlSeconds,
        urgency: 'normal',
        ...(options.topic ? { topic: options.topic } : {}),
      },
    );
  } catch (error) {
    // For one, keys that are not a valid P-256 point.
    return { outcome: 'failed', reason: (error as Error).message };
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers)) {
    // fetch sets the length itself.
    if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
  }
  try {
    const response = await fetch(details.endpoint, {
      method: details.method,
      headers,
      ...(details.body ? { body: new Uint8Array(details.body) } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return { outcome: 'sent', status: response.status };
    if (response.status === 404 || response.status === 410) return { outcome: 'gone', status: response.status };
    return { outcome: 'failed', status: response.status, reason: `push service answered ${response.status}` };
  } catch (error) {
    return { outcome: 'failed', reason: (error as Error).message };
  }
}
