// Web Push on this device: can this browser show Unknot's reminders, and turning them on or off
// (permission → the service worker → pushManager.subscribe with the server's VAPID key → the
// subscription sent to the server). The pure parts (key decoding, the support rules) are tested.
import type { PushSubscriptionInput } from '#contract';
import { api, type Problem } from '../api-client.ts';

/** The VAPID public key (base64url, as GET /api/push/key sends it) as applicationServerKey bytes. */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.trim().replaceAll('-', '+').replaceAll('_', '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(base64) || base64.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * - supported: can ask for permission and subscribe;
 * - ios-home-screen: an iPhone or iPad shows web reminders only from an app added to the Home Screen;
 * - unsupported: this browser has no Web Push (or no service worker).
 */
export type PushSupport = 'supported' | 'ios-home-screen' | 'unsupported';

export type BrowserTraits = {
  serviceWorker: boolean;
  pushManager: boolean;
  notification: boolean;
  userAgent: string;
  maxTouchPoints: number;
  /** Opened from the Home Screen (display-mode: standalone, or iOS's navigator.standalone). */
  standalone: boolean;
};

/** iPhone, iPod, or an iPad (which says it is a Mac, but has a touch screen). */
export const isAppleMobile = (t: Pick<BrowserTraits, 'userAgent' | 'maxTouchPoints'>): boolean =>
  /iPhone|iPad|iPod/.test(t.userAgent) || (/Macintosh/.test(t.userAgent) && t.maxTouchPoints > 1);

export function pushSupport(t: BrowserTraits): PushSupport {
  if (t.serviceWorker && t.pushManager && t.notification) return 'supported';
  return isAppleMobile(t) && !t.standalone ? 'ios-home-screen' : 'unsupported';
}

export function browserTraits(): BrowserTraits {
  const nav = navigator as Navigator & { standalone?: boolean };
  return {
    serviceWorker: 'serviceWorker' in navigator,
    pushManager: 'PushManager' in window,
    notification: 'Notification' in window,
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints ?? 0,
    standalone: window.matchMedia?.('(display-mode: standalone)').matches === true || nav.standalone === true,
  };
}

/** The service worker, or null when none is running within `ms` (it registers a few seconds after load). */
async function readyRegistration(ms = 15_000): Promise<ServiceWorkerRegistration | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([navigator.serviceWorker.ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** This device's push subscription, if it has one (null also when the service worker is not running yet). */
export async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export type TurnOnOutcome =
  | { ok: true }
  | { ok: false; reason: 'denied' | 'dismissed' | 'no-worker' | 'push-service' }
  | { ok: false; reason: 'server'; problem: Problem; status: number; offline: boolean };

/** Asks for permission (from a button press) and registers this device for reminders. */
export async function turnOnPush(): Promise<TurnOnOutcome> {
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return { ok: false, reason: 'denied' };
  if (permission !== 'granted') return { ok: false, reason: 'dismissed' };
  const registration = await readyRegistration();
  if (!registration) return { ok: false, reason: 'no-worker' };
  const key = await api.get<{ publicKey: string }>('/api/push/key');
  if (!key.ok) return { ok: false, reason: 'server', problem: key.problem, status: key.status, offline: key.offline };
  let subscription: PushSubscription | null;
  try {
    const applicationServerKey = base64UrlToBytes(key.data.publicKey);
    subscription = await registration.pushManager.getSubscription();
    // A subscription made with another server key cannot be used for this one.
    if (subscription && !sameKey(subscription.options.applicationServerKey, applicationServerKey)) {
      await subscription.unsubscribe();
      subscription = null;
    }
    subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
  } catch {
    return { ok: false, reason: 'push-service' };
  }
  const sent = await api.post('/api/push/subscription', subscription.toJSON() as PushSubscriptionInput);
  if (sent.ok) return { ok: true };
  return { ok: false, reason: 'server', problem: sent.problem, status: sent.status, offline: sent.offline };
}

function sameKey(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.length) return false;
  const bytes = new Uint8Array(a);
  return bytes.every((v, i) => v === b[i]);
}

/** Stops reminders on this device: the server forgets the subscription, then the browser drops it. */
export async function turnOffPush(
  subscription: PushSubscription,
): Promise<{ ok: true } | { ok: false; problem: Problem; status: number; offline: boolean }> {
  const r = await api.delete('/api/push/subscription', { endpoint: subscription.endpoint });
  // Gone already (404) is what we wanted.
  if (!r.ok && r.status !== 404) return { ok: false, problem: r.problem, status: r.status, offline: r.offline };
  await subscription.unsubscribe().catch(() => false);
  return { ok: true };
}
