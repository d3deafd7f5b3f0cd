import { describe, expect, it } from 'vitest';
import { pushEndpointProblem, sendWebPush } from './web-push.ts';

describe('pushEndpointProblem', () => {
  it("accepts push services' https addresses", () => {
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/abc:def',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAAA',
      'https://web.push.apple.com/QGz',
      'https://wns2-par02p.notify.windows.com/w/?token=x',
    ]) {
      expect(pushEndpointProblem(endpoint, false), endpoint).toBeUndefined();
    }
  });

  it('refuses addresses the server must not call: plain http, IP literals, local names, credentials', () => {
    for (const endpoint of [
      'http://fcm.googleapis.com/fcm/send/abc',
      'http://127.0.0.1:9000/push/1',
      'http://localhost/push/1',
      'https://127.0.0.1/push',
      'https://2130706433/push',
      'https://10.0.0.1/push',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/push',
      'https://[fd00::1]/push',
      'https://localhost/push',
      'https://db.localhost/push',
      'https://intranet/push',
      'https://user:pw@push.example.com/x',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(pushEndpointProblem(endpoint, false), endpoint).toEqual(expect.any(String));
    }
  });

  it('accepts loopback receivers only when allowed (tests and e2e), and nothing else more', () => {
    for (const endpoint of ['http://127.0.0.1:9000/push/1', 'http://localhost:9000/push/1', 'http://[::1]:9000/p']) {
      expect(pushEndpointProblem(endpoint, true), endpoint).toBeUndefined();
    }
    expect(pushEndpointProblem('http://10.0.0.1/push', true)).toEqual(expect.any(String));
    expect(pushEndpointProblem('http://push.example.com/push', true)).toEqual(expect.any(String));
  });
});

describe('sendWebPush', () => {
  const vapid = {
    publicKey: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
    privateKey: 'vdC3r6Vp8kSdbh7ZqV0qS7M8LpXrXfQ0p6P1d8TQ8fM',
  };
  const options = { vapid, subject: 'mailto:ops@example.org', allowLoopback: false, ttlSeconds: 60 };

  it('never sends to a refused endpoint, and reports keys it cannot encrypt to', async () => {
    const refused = await sendWebPush({ endpoint: 'http://127.0.0.1:9/x', p256dh: 'x', auth: 'y' }, '{}', options);
    expect(refused).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/^endpoint must be an https/) });
    const badKeys = await sendWebPush(
      { endpoint: 'https://push.example.com/x', p256dh: 'not-a-key', auth: 'short' },
      '{}',
      options,
    );
    expect(badKeys).toMatchObject({ outcome: 'failed' });
  });
});
