// Mixed traffic against a running server, for the soak benchmark (bench/soak.bench.ts) and its
// short CI version (src/server/soak.int.test.ts). Virtual users sign up and sign in, then loop over
// a weighted mix until the deadline: anonymous and saved checks, diary reads and writes (episodes:
// create, list, replace, delete), check-ins, PEG answers, and the exports (CSV, FHIR, the PDF
// report); now and then one signs in again or a new account is made. One more user never signs
// in and only asks anonymous questions. Every response is timed per route, 5xx are counted, and
// every error response must be `application/problem+json`.
import { randomUUID } from 'node:crypto';
import { prng } from './diary-generator.ts';

export type SoakTrafficOptions = {
  readonly base: string;
  /** The Origin header browsers send (better-auth checks it on its POSTs). */
  readonly origin: string;
  readonly durationMs: number;
  /** Signed-in virtual users working at once (plus one anonymous one). */
  readonly users: number;
  /** Mean pause between one user's requests (uniform 0..2×), as people pause; 0 to hammer. */
  readonly thinkMs?: number;
  readonly seed?: number;
};

export type RouteFigures = {
  readonly count: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Status code → count. */
  readonly statuses: Readonly<Record<string, number>>;
};

export type SoakTrafficResult = {
  readonly durationMs: number;
  readonly requests: number;
  readonly accounts: number;
  readonly routes: Readonly<Record<string, RouteFigures>>;
  readonly serverErrors: number;
  /** Responses ≥ 400 that were not problem+json (route, status, content type), the first 20. */
  readonly notProblemJson: readonly string[];
  readonly notProblemJsonCount: number;
  /** Requests that got no answer at all (connection refused, reset), the first 20. */
  readonly networkErrors: readonly string[];
  readonly networkErrorCount: number;
  /** The first 20 error responses (route, status, the start of the body), to see why. */
  readonly errorSamples: readonly string[];
};

const PASSWORD = 'correct horse battery staple';

/** A few intakes across the dispositions, unsure answers included. */
const INTAKES = [
  { age: 34, onsetDaysAgo: 2, painNow: 6, findings: ['heavy_lifting', 'sudden_cramping'] },
  { age: 52, onsetDaysAgo: 10, painNow: 7, findings: ['severe_or_worsening_pain'], unsure: ['fever'] },
  { age: 41, sex: 'female', onsetDaysAgo: 1, painNow: 8, findings: [], unsure: ['saddle_numbness'] },
  { age: 67, onsetDaysAgo: 120, painNow: 4, previousEpisodes: 3, findings: ['leg_pain_below_knee'] },
  { age: 29, onsetDaysAgo: 0, painNow: 5, findings: ['prolonged_sitting'] },
] as const;

const p = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

class Recorder {
  readonly latencies = new Map<string, number[]>();
  readonly statuses = new Map<string, Map<number, number>>();
  requests = 0;
  serverErrors = 0;
  notProblemJson: string[] = [];
  notProblemJsonCount = 0;
  networkErrors: string[] = [];
  networkErrorCount = 0;
  errorSamples: string[] = [];
  readonly t0 = performance.now();

  record(route: string, status: number, ms: number, contentType: string, body: () => string): void {
    this.requests++;
    const list = this.latencies.get(route) ?? [];
    list.push(ms);
    this.latencies.set(route, list);
    const codes = this.statuses.get(route) ?? new Map<number, number>();
    codes.set(status, (codes.get(status) ?? 0) + 1);
    this.statuses.set(route, codes);
    if (status >= 500) this.serverErrors++;
    if (status >= 400 && this.errorSamples.length < 20)
      this.errorSamples.push(
        `${((performance.now() - this.t0) / 1000).toFixed(1)} s ${route} ${status}: ${body().slice(0, 300)}`,
      );
    if (status >= 400 && !contentType.startsWith('application/problem+json')) {
      this.notProblemJsonCount++;
      if (this.notProblemJson.length < 20) this.notProblemJson.push(`${route} ${status} ${contentType || '(none)'}`);
    }
  }

  failed(route: string, error: unknown): void {
    this.networkErrorCount++;
    if (this.networkErrors.length < 20) this.networkErrors.push(`${route}: ${(error as Error).message}`);
  }

  routes(): Record<string, RouteFigures> {
    const out: Record<string, RouteFigures> = {};
    for (const [route, list] of [...this.latencies].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = [...list].sort((a, b) => a - b);
      out[route] = {
        count: list.length,
        p50Ms: round(p(sorted, 0.5)),
        p99Ms: round(p(sorted, 0.99)),
        maxMs: round(sorted.at(-1) ?? 0),
        statuses: Object.fromEntries(this.statuses.get(route) ?? []),
      };
    }
    return out;
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

type Answer = { status: number; json: unknown; cookies: string[] };

class Client {
  cookie = '';
  readonly episodes: string[] = [];
  readonly options: SoakTrafficOptions;
  readonly recorder: Recorder;
  readonly random: () => number;
  constructor(options: SoakTrafficOptions, recorder: Recorder, random: () => number) {
    this.options = options;
    this.recorder = recorder;
    this.random = random;
  }

  async call(route: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const [method = 'GET'] = route.split(' ');
    const started = performance.now();
    try {
      const all: Record<string, string> = {
        origin: this.options.origin,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      };
      // An empty value drops the header (an anonymous request from a signed-in user's client).
      for (const [name, value] of Object.entries(all)) if (value === '') delete all[name];
      const response = await fetch(`${this.options.base}${path}`, {
        method,
        headers: all,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const contentType = response.headers.get('content-type') ?? '';
      const bytes = await response.arrayBuffer();
      this.recorder.record(route, response.status, performance.now() - started, contentType, () =>
        new TextDecoder().decode(bytes),
      );
      const json = contentType.includes('json') && bytes.byteLength > 0 ? safeJson(bytes) : undefined;
      return { status: response.status, json, cookies: response.headers.getSetCookie() };
    } catch (error) {
      this.recorder.failed(route, error);
      return { status: 0, json: undefined, cookies: [] };
    }
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)] as T;
  }

  daysAgo(days: number): string {
    return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  }

  async signUp(email: string): Promise<boolean> {
    const up = await this.call('POST /api/auth/sign-up/email', '/api/auth/sign-up/email', {
      email,
      password: PASSWORD,
      name: 'Soak',
    });
    return up.status === 200 && (await this.signIn(email));
  }

  async signIn(email: string): Promise<boolean> {
    const answer = await this.call('POST /api/auth/sign-in/email', '/api/auth/sign-in/email', {
      email,
      password: PASSWORD,
    });
    const cookie = answer.cookies
      .map((c) => c.split(';')[0] ?? '')
      .filter((c) => c.startsWith('better-auth.') && !c.endsWith('='))
      .join('; ');
    if (answer.status !== 200 || !cookie) return false;
    this.cookie = cookie;
    this.episodes.length = 0;
    return true;
  }

  episode() {
    return {
      startedAt: new Date(Date.now() - Math.floor(this.random() * 300 * 86_400_000)).toISOString(),
      timeZone: 'Europe/London',
      intensity: Math.floor(this.random() * 11),
      locations: ['lower_back_centre'],
      triggers: ['heavy_lifting'],
      reliefTried: [{ method: 'heat', helped: Math.floor(this.random() * 4) }],
      notes: this.pick(['', 'Lifting boxes', 'ünïcödé ✓, line\nbreak']),
    };
  }
}

function safeJson(bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

type Action = readonly [weight: number, run: (c: Client, account: { email: string }) => Promise<unknown>];

const ACTIONS: readonly Action[] = [
  [6, (c) => c.call('POST /api/assessments (anonymous)', '/api/assessments', c.pick(INTAKES), { cookie: '' })],
  [
    4,
    (c) => c.call('POST /api/assessments (saved)', '/api/assessments', { ...c.pick(INTAKES), clientId: randomUUID() }),
  ],
  [3, (c) => c.call('GET /api/assessments', '/api/assessments?limit=20')],
  [
    10,
    async (c) => {
      const a = await c.call('POST /api/episodes', '/api/episodes', c.episode(), { 'idempotency-key': randomUUID() });
      const id = (a.json as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') c.episodes.push(id);
    },
  ],
  [14, (c) => c.call('GET /api/episodes', '/api/episodes')],
  [
    2,
    async (c) => {
      const id = c.episodes.length > 0 ? c.pick(c.episodes) : undefined;
      if (id) await c.call('PUT /api/episodes/:id', `/api/episodes/${id}`, c.episode());
    },
  ],
  [
    1,
    async (c) => {
      const id = c.episodes.pop();
      if (id) await c.call('DELETE /api/episodes/:id', `/api/episodes/${id}`);
    },
  ],
  [
    5,
    (c) =>
      c.call('POST /api/checkins', '/api/checkins', {
        date: c.daysAgo(1 + Math.floor(c.random() * 300)),
        timeZone: 'Europe/London',
        painAverage: Math.floor(c.random() * 11),
        interferenceActivity: Math.floor(c.random() * 11),
        interferenceSleep: Math.floor(c.random() * 11),
        gettingBetter: c.random() < 0.5,
        findings: [],
        unsure: [],
      }),
  ],
  [5, (c) => c.call('GET /api/checkins', '/api/checkins?limit=30')],
  [
    2,
    (c) =>
      c.call(
        'POST /api/peg',
        '/api/peg',
        {
          date: c.daysAgo(1 + Math.floor(c.random() * 300)),
          timeZone: 'Europe/London',
          pain: Math.floor(c.random() * 11),
          enjoyment: Math.floor(c.random() * 11),
          activity: Math.floor(c.random() * 11),
        },
        { 'idempotency-key': randomUUID() },
      ),
  ],
  [3, (c) => c.call('GET /api/peg', '/api/peg')],
  [1, (c) => c.call('GET /api/export/episodes.csv', '/api/export/episodes.csv')],
  [1, (c) => c.call('GET /api/export/checkins.csv', '/api/export/checkins.csv')],
  [1, (c) => c.call('GET /api/export/fhir', '/api/export/fhir')],
  [1, (c) => c.call('GET /api/export/report.pdf', '/api/export/report.pdf')],
  [1, (c, account) => c.signIn(account.email)],
];
const TOTAL_WEIGHT = ACTIONS.reduce((sum, [w]) => sum + w, 0);

/** The action a uniform number in [0, 1) falls on, by weight. */
function pickAction(u: number): Action {
  let left = u * TOTAL_WEIGHT;
  for (const action of ACTIONS) {
    left -= action[0];
    if (left < 0) return action;
  }
  return ACTIONS[0] as Action;
}

/** Runs the traffic until the deadline; resolves with the per-route figures. */
export async function runSoakTraffic(options: SoakTrafficOptions): Promise<SoakTrafficResult> {
  const recorder = new Recorder();
  const started = performance.now();
  const deadline = started + options.durationMs;
  const run = randomUUID().slice(0, 8);
  let accounts = 0;
  const newAccount = async (c: Client, user: number) => {
    const email = `soak-${run}-${user}-${accounts++}@example.com`;
    return (await c.signUp(email)) ? { email } : undefined;
  };

  const think = options.thinkMs ?? 50;
  const pause = (random: () => number, ms: number) =>
    ms > 0 ? new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 2 * ms))) : Promise.resolve();

  const signedInUser = async (user: number) => {
    const random = prng((options.seed ?? 1) * 1000 + user);
    const c = new Client(options, recorder, random);
    // Users arrive one by one rather than all signing up in the same instant.
    await new Promise((resolve) => setTimeout(resolve, user * 500));
    let account = await newAccount(c, user);
    while (performance.now() < deadline) {
      if (!account) {
        // Sign-up failed (the failure is recorded): wait a little and try again.
        await new Promise((resolve) => setTimeout(resolve, 200));
        account = await newAccount(c, user);
        continue;
      }
      // Now and then a new account, as people sign up over the day.
      if (random() < 0.002) {
        account = await newAccount(c, user);
        continue;
      }
      await pickAction(random())[1](c, account);
      await pause(random, think);
    }
  };

  const anonymousUser = async () => {
    const c = new Client(options, recorder, prng(options.seed ?? 1));
    while (performance.now() < deadline) {
      if (c.random() < 0.3) await c.call('GET /api/questions', '/api/questions');
      else await c.call('POST /api/assessments (anonymous)', '/api/assessments', c.pick(INTAKES));
      await pause(c.random, think);
    }
  };

  await Promise.all([...Array.from({ length: options.users }, (_, i) => signedInUser(i)), anonymousUser()]);
  return {
    durationMs: Math.round(performance.now() - started),
    requests: recorder.requests,
    accounts,
    routes: recorder.routes(),
    serverErrors: recorder.serverErrors,
    notProblemJson: recorder.notProblemJson,
    notProblemJsonCount: recorder.notProblemJsonCount,
    networkErrors: recorder.networkErrors,
    networkErrorCount: recorder.networkErrorCount,
    errorSamples: recorder.errorSamples,
  };
}
