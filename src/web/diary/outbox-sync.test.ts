// The outbox sends each queued episode with its localId as the Idempotency-Key, the same key on
// every resend, so an answer lost on the way back never makes a second episode (issue 10).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enqueueEpisode, loadOutbox } from '../storage/diary-outbox.ts';
import { flushOutbox } from './outbox-sync.ts';

const episode = {
  startedAt: '2026-11-21T08:30:00.000Z',
  endedAt: null,
  durationMinutes: null,
  timeZone: 'Europe/London',
  intensity: 7,
  locations: [],
  triggers: [],
  reliefTried: [],
  notes: '',
};

/** localStorage's four calls the outbox uses, in memory. */
function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => void data.set(k, v),
    clear: () => data.clear(),
  };
}

describe('flushOutbox', () => {
  const keys: (string | null)[] = [];
  let failNext = 0;
  beforeEach(() => {
    keys.length = 0;
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      keys.push(new Headers(init.headers).get('idempotency-key'));
      if (failNext > 0) {
        failNext -= 1;
        throw new TypeError('network down');
      }
      return new Response(JSON.stringify({ id: 'e1', notices: [] }), { status: 201 });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the key made when the item was queued, the same one on every try', async () => {
    const queued = enqueueEpisode('u1', episode, new Date('2026-11-21T09:00:00Z'));
    const given = enqueueEpisode('u1', episode, new Date('2026-11-21T09:01:00Z'), 'key-of-the-failed-send');
    failNext = 1;
    expect((await flushOutbox('u1')).sent).toBe(0);
    expect(await flushOutbox('u1')).toMatchObject({ sent: 2 });
    expect(keys).toEqual([queued.localId, queued.localId, given.localId]);
    expect(given.localId).toBe('key-of-the-failed-send');
    expect(loadOutbox()).toEqual([]);
  });
});
