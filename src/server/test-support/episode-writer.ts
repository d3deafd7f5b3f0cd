// The client side of the durability tests (src/server/durability.int.test.ts): sign in to a
// running server and write episodes through its API as fast as it answers, reporting each id the
// moment its 201 arrives. Used by the writer child process (durable-writer.ts), which prints the
// ids, and by the test itself when the server is a separate process group that it kills.
import { episodeBody } from './test-app.ts';

export const WRITER_PASSWORD = 'correct horse battery staple';

export type Site = { readonly base: string; readonly origin: string };

function post(site: Site, path: string, body: unknown, cookie = '', headers: Record<string, string> = {}) {
  return fetch(`${site.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: site.origin, ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify(body),
  });
}

/** One create with an Idempotency-Key: the status and the episode's id (201 new, 200 stored before). */
export async function postKeyedEpisode(
  site: Site,
  cookie: string,
  key: string,
  body: unknown,
): Promise<{ status: number; id: string }> {
  const response = await post(site, '/api/episodes', body, cookie, { 'idempotency-key': key });
  const text = await response.text();
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`POST /api/episodes (key ${key}) answered ${response.status}: ${text}`);
  const { id } = JSON.parse(text) as { id: unknown };
  if (typeof id !== 'string') throw new Error(`POST /api/episodes returned no id: ${text}`);
  return { status: response.status, id };
}

function sessionCookie(response: Response): string | undefined {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    if (pair?.startsWith('better-auth.session_token=') && !pair.endsWith('=')) return pair;
  }
  return undefined;
}

/** Signs in; returns the session cookie (`name=value`). */
export async function signIn(site: Site, email: string): Promise<string> {
  const response = await post(site, '/api/auth/sign-in/email', { email, password: WRITER_PASSWORD });
  const cookie = sessionCookie(response);
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  return cookie;
}

/** Signs up on the first run; the account exists after that (sign-up is refused) and we sign in. */
export async function signUpOrIn(site: Site, email: string): Promise<string> {
  const response = await post(site, '/api/auth/sign-up/email', {
    email,
    password: WRITER_PASSWORD,
    name: 'Durable Writer',
  });
  const cookie = sessionCookie(response);
  await response.arrayBuffer();
  if (response.ok && cookie) return cookie;
  return signIn(site, email);
}

export type WriteOptions = {
  readonly cookie: string;
  /** Requests in flight at once. */
  readonly writers: number;
  /** Called with each episode id the moment its 201 arrives. */
  readonly onAck: (id: string) => void;
};

/**
 * Writes episodes until one write fails (a refused request, or the server gone), then lets the
 * other writers finish their request and rejects with the first failure. Never resolves otherwise.
 */
export async function writeEpisodes(site: Site, options: WriteOptions): Promise<never> {
  let failure: Error | undefined;
  let written = 0;
  const writer = async (): Promise<void> => {
    while (failure === undefined) {
      const n = written++;
      try {
        const body = episodeBody({ notes: `durability ${n}`, intensity: (n % 10) + 1 });
        const response = await post(site, '/api/episodes', body, options.cookie);
        const text = await response.text();
        if (response.status !== 201) throw new Error(`POST /api/episodes answered ${response.status}: ${text}`);
        const { id } = JSON.parse(text) as { id: unknown };
        if (typeof id !== 'string') throw new Error(`POST /api/episodes returned no id: ${text}`);
        options.onAck(id);
      } catch (error) {
        failure ??= error instanceof Error ? error : new Error(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.writers }, writer));
  throw failure ?? new Error('the writers stopped');
}
