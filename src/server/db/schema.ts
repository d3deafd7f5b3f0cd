// Unknot's own tables. Every table of user data leads its primary key or index with user_id
// (ARCHITECTURE "Scale": ready for sharding by user). Instants are timestamptz (UTC); diary days
// are local dates plus the person's IANA time zone.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth-schema.ts';

export * from './auth-schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const owner = () =>
  text('user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' });

export const assessments = pgTable(
  'assessments',
  {
    userId: owner(),
    id: uuid('id').notNull().defaultRandom(),
    /** When it was stored. */
    createdAt: at('created_at').notNull().defaultNow(),
    /** When the person finished the check (sent by the client, bounded by the server; 0002). */
    completedAt: at('completed_at').notNull(),
    /** The client's id for the check: a retried save with the same id is the same check (0002). */
    clientId: uuid('client_id'),
    intake: jsonb('intake').notNull(),
    assessment: jsonb('assessment').notNull(),
    disposition: text('disposition').notNull(),
    knowledgeVersion: text('knowledge_version').notNull(),
  },
  (t) => [
    primaryKey({ name: 'assessments_pkey', columns: [t.userId, t.id] }),
    index('assessments_user_created_idx').on(t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('assessments_user_completed_idx').on(t.userId, t.completedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // NULLs are distinct: checks saved without a client id never clash.
    uniqueIndex('assessments_user_client_idx').on(t.userId, t.clientId),
  ],
);

export type ReliefTried = { method: string; helped: number };

export const episodes = pgTable(
  'episodes',
  {
    userId: owner(),
    id: uuid('id').notNull().defaultRandom(),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
    durationMinutes: integer('duration_minutes'),
    timeZone: text('time_zone').notNull(),
    localDate: date('local_date', { mode: 'string' }).notNull(),
    intensity: smallint('intensity').notNull(),
    locations: text('locations').array().notNull().default(sql`'{}'::text[]`),
    triggers: text('triggers').array().notNull().default(sql`'{}'::text[]`),
    reliefTried: jsonb('relief_tried').$type<ReliefTried[]>().notNull().default([]),
    notes: text('notes').notNull().default(''),
    /** The client's Idempotency-Key for the POST that made it: a retried create is this row (0005). */
    idempotencyKey: text('idempotency_key'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'episodes_pkey', columns: [t.userId, t.id] }),
    uniqueIndex('episodes_user_idempotency_idx').on(t.userId, t.idempotencyKey),
    index('episodes_user_started_idx').on(t.userId, t.startedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

export const checkins = pgTable(
  'checkins',
  {
    userId: owner(),
    date: date('date', { mode: 'string' }).notNull(),
    timeZone: text('time_zone').notNull(),
    painAverage: smallint('pain_average').notNull(),
    interferenceActivity: smallint('interference_activity').notNull(),
    interferenceSleep: smallint('interference_sleep').notNull(),
    gettingBetter: boolean('getting_better').notNull(),
    findings: text('findings').array().notNull().default(sql`'{}'::text[]`),
    unsure: text('unsure').array().notNull().default(sql`'{}'::text[]`),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'checkins_pkey', columns: [t.userId, t.date] })],
);

/** Weekly PEG answers (0003): the local day answered, its time zone and the three items. */
export const pegs = pgTable(
  'pegs',
  {
    userId: owner(),
    id: uuid('id').notNull().defaultRandom(),
    date: date('date', { mode: 'string' }).notNull(),
    timeZone: text('time_zone').notNull(),
    pain: smallint('pain').notNull(),
    enjoyment: smallint('enjoyment').notNull(),
    activity: smallint('activity').notNull(),
    /** The client's Idempotency-Key for the POST that made it: a retried create is this row (0005). */
    idempotencyKey: text('idempotency_key'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'pegs_pkey', columns: [t.userId, t.id] }),
    uniqueIndex('pegs_user_idempotency_idx').on(t.userId, t.idempotencyKey),
    index('pegs_user_date_idx').on(
      t.userId,
      t.date.desc().nullsFirst(),
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);

/** Failed sign-ins, per account (email) and per client address, for the sign-in throttle. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    /** Identifies one attempt, so that forgetting it never touches another (0001). */
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    failedAt: at('failed_at').notNull().defaultNow(),
  },
  (t) => [index('sign_in_failures_key_idx').on(t.key, t.failedAt)],
);

/**
 * What a person asked to be reminded of (0006): the settings as the contract's
 * ReminderSettings, and a version bumped on every change, so that a reminder queued under an
 * older version is skipped rather than sent.
 */
export const reminderSettings = pgTable('reminder_settings', {
  userId: owner().primaryKey(),
  settings: jsonb('settings').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** The Web Push subscriptions of a person's browsers (0006); one endpoint belongs to one person. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: owner(),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_idx').on(t.endpoint),
    index('push_subscriptions_user_idx').on(t.userId),
  ],
);
