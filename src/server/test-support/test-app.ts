// An app on a real database, driven through inject(), with a tiny client that keeps the session
// cookie and sends the Origin header better-auth requires on POSTs.
import type { FastifyInstance, HTTPMethods, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, parseConfig } from '../config.ts';
import type { Database } from '../db/client.ts';

export const ORIGIN = 'http://127.0.0.1:3000';

export function testConfig(env: Record<string, string> = {}): Config {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent-unknot-test', ...env });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.config;
}

export async function testApp(database: Database, now?: () => Date): Promise<FastifyInstance> {
  const app = await buildApp({
    config: testConfig(),
    database,
    authSecret: 'test-secret-test-secret-test-secret-42',
    ...(now ? { now } : {}),
    // Every JSON answer must match its declared response schema (a mismatch is a 500).
    checkResponses: true,
  });
  await app.ready();
  return app;
}

export class TestClient {
  /** The cookies a browser would hold for this site: name → value. */
  readonly cookies = new Map<string, string>();
  get cookie(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  readonly app: FastifyInstance;
  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async request(
    method: HTTPMethods,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const options: InjectOptions = {
      method,
      url,
      headers: { origin: ORIGIN, ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
    };
    if (body !== undefined) options.payload = body as NonNullable<InjectOptions['payload']>;
    const response: LightMyRequestResponse = await this.app.inject(options);
    const set = response.headers['set-cookie'];
    const cookies = Array.isArray(set) ? set : set ? [set] : [];
    for (const c of cookies) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      // An empty value or Max-Age=0 is how a server deletes a cookie.
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Signs up, then signs in (sign-up alone never signs in: src/server/auth.ts). */
  async signUp(email: string, password = 'correct horse battery staple'): Promise<this> {
    const r = await this.request('POST', '/api/auth/sign-up/email', { email, password, name: email.split('@')[0] });
    if (r.statusCode !== 200) throw new Error(`sign-up failed: ${r.statusCode} ${r.body}`);
    const signIn = await this.signIn(email, password);
    if (signIn.statusCode !== 200) throw new Error(`sign-in after sign-up failed: ${signIn.statusCode} ${signIn.body}`);
    return this;
  }

  async signIn(email: string, password = 'correct horse battery staple'): Promise<LightMyRequestResponse> {
    return this.request('POST', '/api/auth/sign-in/email', { email, password });
  }
}

export const episodeBody = (overrides: Record<string, unknown> = {}) => ({
  startedAt: '2026-11-20T08:30:00Z',
  timeZone: 'Europe/London',
  intensity: 6,
  locations: ['lower_back_centre'],
  triggers: ['heavy_lifting'],
  reliefTried: [{ method: 'heat', helped: 2 }],
  notes: 'Lifting boxes',
  ...overrides,
});

export const checkinBody = (overrides: Record<string, unknown> = {}) => ({
  timeZone: 'Europe/London',
  painAverage: 4,
  interferenceActivity: 3,
  interferenceSleep: 2,
  gettingBetter: true,
  findings: [],
  unsure: [],
  ...overrides,
});
