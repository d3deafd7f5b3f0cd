// Reminders: each enabled kind is one chain of pg-boss jobs in the app's own PostgreSQL (schema
// "pgboss"), so they work on the embedded server and on an external one, with any number of app
// servers. A job is one firing: { userId, kind, version, fireAt }. Its handler queues the next
// firing first, then sends the Web Push message to each of the person's browsers.
//
// Exactly once: a firing's job id is derived from (user, kind, settings version, instant), so
// however many servers queue the same firing, one job exists; pg-boss hands each job to one
// worker. A job queued under an older settings version, or for a kind turned off or a person
// deleted since, completes without sending and ends its chain.
//
// Time: `now` is injected (AppDeps.now); delays are computed against it and given to pg-boss as
// seconds from the database's clock, so a test clock set just before a firing fires it at once.
import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { REMINDER_TEXT } from '#knowledge';
import type { Database } from '../db/client.ts';
import {
  forgetPushSubscription,
  getReminderSettings,
  listPushSubscriptions,
  listReminderUsers,
} from '../db/reminder-repo.ts';
import type { VapidKeys } from '../vapid-keys.ts';
import { isEnabled, nextFiring, REMINDER_KINDS, type ReminderKind } from './next-firing.ts';
import { sendWebPush } from './web-push.ts';

export const REMINDER_QUEUE = 'reminder';
export const PGBOSS_SCHEMA = 'pgboss';

/** A firing more than this late (the servers were down) is skipped; the chain goes on. */
export const LATE_LIMIT_MS = 15 * 60_000;
/** While the queue cannot start (database down), it tries again this often. */
const RESTART_DELAY_MS = 5_000;
const JOBS_PER_FETCH = 20;

/** Where each reminder opens the app, and how long a push service may hold it for an offline device. */
const DELIVERY: { readonly [K in ReminderKind]: { url: string; ttlSeconds: number } } = {
  checkin: { url: '/diary/checkin', ttlSeconds: 6 * 3600 },
  peg: { url: '/diary/peg', ttlSeconds: 24 * 3600 },
  deskBreak: { url: '/relief', ttlSeconds: 15 * 60 },
};

export type ReminderJob = { userId: string; kind: ReminderKind; version: number; fireAt: string };

/** The Web Push payload the app's service worker shows. */
export type ReminderPayload = { kind: ReminderKind; title: string; body: string; url: string };

export type JobOutcome =
  | { skipped: 'changed' | 'late' }
  | { sent: number; gone: number; failed: number; next: string | null };

export function reminderPayload(kind: ReminderKind): ReminderPayload {
  const { title, body } = REMINDER_TEXT[kind];
  return { kind, title, body, url: DELIVERY[kind].url };
}

/** The one job id of a firing, whichever server queues it (a UUID made from its identity). */
export function firingJobId(job: ReminderJob): string {
  const h = createHash('sha256').update(`${job.userId}:${job.kind}:${job.version}:${job.fireAt}`).digest('hex');
  const variant = ((Number.parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export type RemindersOptions = {
  readonly database: Database;
  readonly vapid: VapidKeys;
  readonly subject: string;
  readonly allowLoopback: boolean;
  readonly now: () => Date;
  readonly log: FastifyBaseLogger;
  /** How often each server asks for due reminders (pg-boss polling; at least 0.5). */
  readonly pollingIntervalSeconds?: number;
};

export type Reminders = {
  /** Starts the queue in the background (retrying while the database is down); never throws. */
  start(): void;
  /** Resolves once the queue runs (tests); rejects if it was stopped first. */
  readonly running: Promise<void>;
  /** Queues the next firing of each enabled kind under the person's current settings. */
  schedule(userId: string): Promise<void>;
  /** Handles one firing (the queue's worker calls this; exported for tests). */
  handle(job: ReminderJob): Promise<JobOutcome>;
  /** Stops taking jobs, waits for those in hand, and closes the queue's connections. */
  stop(): Promise<void>;
};

export function createReminders(options: RemindersOptions): Reminders {
  const { database, now, log } = options;
  const { db } = database;
  // The queue's own small pool: its polling never competes with requests for connections, and
  // its maintenance is not cut short by the request-time statement limits.
  const pool = new pg.Pool({
    ...database.connection,
    max: 3,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'unknot-reminders',
  });
  pool.on('error', (error) => log.warn({ err: error.message }, 'reminder queue: database connection error'));
  // pg-boss is loaded when the queue starts, not with the app (it takes a while to load).
  const makeBoss = async (): Promise<PgBoss> => {
    const { default: PgBossClass } = await import('pg-boss');
    const made = new PgBossClass({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: PGBOSS_SCHEMA,
      // No cron schedules: every firing is a job with its own start time.
      schedule: false,
      supervise: true,
      ...(options.pollingIntervalSeconds !== undefined
        ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
        : {}),
    });
    // pg-boss reports database trouble as 'error' events; an unheard one would end the process.
    made.on('error', (error: Error) => log.warn({ err: error.message }, 'reminder queue error'));
    return made;
  };
  // A pg-boss that failed to start cannot be started again: each attempt gets a new one.
  let boss: PgBoss | undefined;
  const queue = (): PgBoss => {
    if (!boss) throw new Error('the reminder queue is not running');
    return boss;
  };

  let state: 'idle' | 'starting' | 'running' | 'stopping' | 'stopped' = 'idle';
  let starting: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let markRunning: () => void = () => undefined;
  let markStopped: (error: Error) => void = () => undefined;
  const running = new Promise<void>((resolve, reject) => {
    markRunning = resolve;
    markStopped = reject;
  });
  running.catch(() => undefined);

  async function enqueue(job: ReminderJob): Promise<void> {
    const delaySeconds = (Date.parse(job.fireAt) - now().getTime()) / 1000;
    await queue().send(REMINDER_QUEUE, job, {
      id: firingJobId(job),
      singletonKey: `${job.userId}:${job.kind}:${job.fireAt}`,
      // Seconds from the database's clock (pg-boss), so app and database clocks may differ.
      ...(delaySeconds > 0 ? { startAfter: Math.round(delaySeconds * 1000) / 1000 } : {}),
    });
  }

  async function scheduleNow(userId: string): Promise<void> {
    const stored = await getReminderSettings(db, userId);
    if (!stored) return;
    const at = now();
    for (const kind of REMINDER_KINDS) {
      const fireAt = nextFiring(stored.settings, kind, at);
      if (fireAt) await enqueue({ userId, kind, version: stored.version, fireAt: fireAt.toISOString() });
    }
  }

  async function handle(job: ReminderJob): Promise<JobOutcome> {
    const stored = await getReminderSettings(db, job.userId);
    if (!stored || stored.version !== job.version || !isEnabled(stored.settings, job.kind)) {
      return { skipped: 'changed' };
    }
    const fireAt = Date.parse(job.fireAt);
    const at = now().getTime();
    // The next firing is queued before this one is sent: a retry after a failure here has sent
    // nothing, and once sending starts nothing can fail the job.
    const next = nextFiring(stored.settings, job.kind, new Date(Math.max(fireAt, at)));
    if (next) await enqueue({ ...job, fireAt: next.toISOString() });
    if (at - fireAt > LATE_LIMIT_MS) return { skipped: 'late' };
    const payload = JSON.stringify(reminderPayload(job.kind));
    const subscriptions = await listPushSubscriptions(db, job.userId);
    const results = await Promise.all(
      subscriptions.map(async (s) => {
        const result = await sendWebPush(s, payload, {
          vapid: options.vapid,
          subject: options.subject,
          allowLoopback: options.allowLoopback,
          ttlSeconds: DELIVERY[job.kind].ttlSeconds,
          topic: job.kind,
        });
        if (result.outcome === 'gone') await forgetPushSubscription(db, s.id).catch(() => undefined);
        if (result.outcome === 'failed') log.warn({ kind: job.kind, reason: result.reason }, 'reminder not delivered');
        return result.outcome;
      }),
    );
    const count = (o: string) => results.filter((r) => r === o).length;
    return { sent: count('sent'), gone: count('gone'), failed: count('failed'), next: next?.toISOString() ?? null };
  }

  async function work(jobs: PgBoss.Job<ReminderJob>[]): Promise<void> {
    // Each job completes or fails on its own (pg-boss would otherwise settle the batch as one).
    await Promise.all(
      jobs.map(async (job) => {
        try {
          const outcome = await handle(job.data);
          await queue().complete(REMINDER_QUEUE, job.id, outcome);
        } catch (error) {
          log.warn({ err: (error as Error).message }, 'reminder job failed; it will be retried');
          await queue()
            .fail(REMINDER_QUEUE, job.id, { message: (error as Error).message })
            .catch(() => undefined);
        }
      }),
    );
  }

  async function startOnce(): Promise<void> {
    boss = await makeBoss();
    await boss.start();
    await boss.createQueue(REMINDER_QUEUE, {
      name: REMINDER_QUEUE,
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    await boss.work<ReminderJob>(
      REMINDER_QUEUE,
      {
        batchSize: JOBS_PER_FETCH,
        ...(options.pollingIntervalSeconds !== undefined
          ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
          : {}),
      },
      work,
    );
  }

  async function startLoop(): Promise<void> {
    while (state === 'starting') {
      try {
        await startOnce();
        if (state !== 'starting') return;
        state = 'running';
        // From here on every save queues its own reminders; these catch up everyone saved
        // before (or while the queue was down). Job ids make repeats harmless.
        for (const userId of await listReminderUsers(db)) {
          if (state !== 'running') return;
          await scheduleNow(userId).catch((error: Error) =>
            log.warn({ err: error.message }, 'could not queue reminders'),
          );
        }
        markRunning();
        return;
      } catch (error) {
        log.warn({ err: (error as Error).message }, 'reminder queue could not start; trying again');
        await boss?.stop({ graceful: false, close: false, wait: true }).catch(() => undefined);
        boss = undefined;
        if (state !== 'starting') return;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, RESTART_DELAY_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    }
  }

  return {
    running,
    start() {
      if (state !== 'idle') return;
      state = 'starting';
      starting = startLoop();
    },
    async schedule(userId) {
      // Before the queue runs, the start-up catch-up queues them.
      if (state !== 'running') return;
      await scheduleNow(userId);
    },
    handle,
    async stop() {
      if (state === 'stopped' || state === 'stopping') return;
      state = 'stopping';
      wake?.();
      await starting;
      if (boss) {
        await boss
          .stop({ graceful: true, close: false, wait: true, timeout: 10_000 })
          .catch((error: Error) => log.warn({ err: error.message }, 'reminder queue did not stop cleanly'));
      }
      await pool.end().catch(() => undefined);
      state = 'stopped';
      markStopped(new Error('reminders stopped'));
    },
  };
}
