// How the end of a countdown reaches a person who is lying down with their eyes shut: a short
// beep (Web Audio, no sound file), a vibration where the device has one, and a notification when
// they have allowed it. Permission is only ever asked from a button press.

let audio: AudioContext | null = null;

/** Call from a button press: browsers only allow sound once the person has interacted. */
export function primeSound(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
  } catch {
    audio = null; // no Web Audio: the end is still shown, vibrated and notified
  }
}

/** `count` short, soft beeps. */
export function beep(count = 3): void {
  try {
    audio ??= new AudioContext();
    const ctx = audio;
    if (ctx.state === 'suspended') void ctx.resume();
    const t0 = ctx.currentTime + 0.05;
    for (let i = 0; i < count; i += 1) {
      const start = t0 + i * 0.35;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.22);
    }
  } catch {
    // No Web Audio here: nothing to play.
  }
}

export function vibrate(pattern: number[]): void {
  if (typeof navigator !== 'undefined' && 'vibrate' in navigator) navigator.vibrate(pattern);
}

export type NotifyPermission = NotificationPermission | 'unsupported';

export function notificationPermission(): NotifyPermission {
  return typeof window !== 'undefined' && 'Notification' in window ? Notification.permission : 'unsupported';
}

export async function askNotificationPermission(): Promise<NotifyPermission> {
  if (notificationPermission() === 'unsupported') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return notificationPermission();
  }
}

/** A notification, only when allowed. Through the service worker where there is one (Android needs that). */
export async function notify(title: string, body: string): Promise<void> {
  if (notificationPermission() !== 'granted') return;
  const options = { body, tag: 'unknot-relief', icon: '/icon-192.png' };
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) {
      await registration.showNotification(title, options);
      return;
    }
  } catch {
    // fall through to a page notification
  }
  try {
    new Notification(title, options);
  } catch {
    // Not allowed from a page on this browser: the sound and the screen still tell them.
  }
}

/** One rep counted: a single short beep and a short buzz, so the count is felt without looking. */
export function repCue(): void {
  beep(1);
  vibrate([40]);
}

/** The end of a heat, cold or walk session: all three signals. */
export function signalEnd(title: string, body: string): void {
  beep(3);
  vibrate([300, 150, 300, 150, 300]);
  void notify(title, body);
}
