import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type BrowserTraits, base64UrlToBytes, isAppleMobile, pushSupport } from './push.ts';

const traits = (patch: Partial<BrowserTraits> = {}): BrowserTraits => ({
  serviceWorker: true,
  pushManager: true,
  notification: true,
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
  maxTouchPoints: 0,
  standalone: false,
  ...patch,
});

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';

describe('base64UrlToBytes', () => {
  it('decodes a VAPID public key (an uncompressed P-256 point, 65 bytes)', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const raw = publicKey.export({ format: 'jwk' });
    const point = Buffer.concat([
      Buffer.from([4]),
      Buffer.from(raw.x ?? '', 'base64url'),
      Buffer.from(raw.y ?? '', 'base64url'),
    ]);
    const bytes = base64UrlToBytes(point.toString('base64url'));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBe(65);
    expect(Buffer.from(bytes).equals(point)).toBe(true);
  });

  it('takes the URL alphabet, any padding, and surrounding space', () => {
    expect([...base64UrlToBytes('-_8')]).toEqual([0xfb, 0xff]);
    expect([...base64UrlToBytes('-_8=')]).toEqual([0xfb, 0xff]);
    expect([...base64UrlToBytes(' AQID\n')]).toEqual([1, 2, 3]);
    expect([...base64UrlToBytes('')]).toEqual([]);
  });

  it('refuses what is not base64url', () => {
    expect(() => base64UrlToBytes('not a key!')).toThrow();
    expect(() => base64UrlToBytes('AAAAA')).toThrow();
  });
});

describe('pushSupport', () => {
  it('is supported with a service worker, PushManager and Notification', () => {
    expect(pushSupport(traits())).toBe('supported');
    expect(pushSupport(traits({ userAgent: IPHONE, standalone: true }))).toBe('supported');
  });

  it('asks iPhone and iPad users to add Unknot to the Home Screen first', () => {
    const safariTab = { pushManager: false, notification: false };
    expect(pushSupport(traits({ ...safariTab, userAgent: IPHONE }))).toBe('ios-home-screen');
    // iPadOS says it is a Mac, but has a touch screen.
    expect(pushSupport(traits({ ...safariTab, userAgent: MAC, maxTouchPoints: 5 }))).toBe('ios-home-screen');
  });

  it('is unsupported elsewhere without Web Push, and on an old iOS even from the Home Screen', () => {
    expect(pushSupport(traits({ pushManager: false }))).toBe('unsupported');
    expect(pushSupport(traits({ serviceWorker: false }))).toBe('unsupported');
    expect(pushSupport(traits({ notification: false, userAgent: MAC }))).toBe('unsupported');
    expect(pushSupport(traits({ pushManager: false, userAgent: IPHONE, standalone: true }))).toBe('unsupported');
  });

  it('tells an iPad from a Mac by its touch screen', () => {
    expect(isAppleMobile({ userAgent: MAC, maxTouchPoints: 0 })).toBe(false);
    expect(isAppleMobile({ userAgent: MAC, maxTouchPoints: 5 })).toBe(true);
    expect(isAppleMobile({ userAgent: IPHONE, maxTouchPoints: 5 })).toBe(true);
  });
});
