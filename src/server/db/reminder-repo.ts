// Reminder settings and Web Push subscriptions, scoped by user id like every other repository.
import { and, eq, sql } from 'drizzle-orm';
import { type PushSubscriptionInput, type ReminderSettings, ReminderSettingsSchema } from '#contract';
import type { Db } from './client.ts';
import { pushSubscriptions, reminderSettings } from './schema.ts';

export type StoredReminderSettings = { settings: ReminderSettings; version: number };

/** What is stored, read through the contract's schema (a row that no longer parses counts as none). */
function restore(row: { settings: unknown; version: number }): StoredReminderSettings | undefined {
  const parsed = ReminderSettingsSchema.safeParse(row.settings);
  return parsed.success ? { settings: parsed.data, version: row.version } : undefined;
}

export async function getReminderSettings(db: Db, userId: string): Promise<StoredReminderSettings | undefined> {
  const [row] = await db
    .select({ settings: reminderSettings.settings, version: reminderSettings.version })
    .from(reminderSettings)
    .where(eq(reminderSettings.userId, userId));
  return row ? restore(row) : undefined;
}

/** Stores the settings; every save is a new version, so reminders queued before it are skipped. */
export async function saveReminderSettings(
  db: Db,
  userId: string,
  settings: ReminderSettings,
): Promise<StoredReminderSettings> {
  const [row] = await db
    .insert(reminderSettings)
    .values({ userId, settings, version: 1 })
    .onConflictDoUpdate({
      target: reminderSettings.userId,
      set: { settings, version: sql`${reminderSettings.version} + 1`, updatedAt: sql`now()` },
    })
    .returning({ version: reminderSettings.version });
  return { settings, version: row?.version ?? 1 };
}

/** Everyone with reminder settings (for scheduling them all when the queue starts). */
export async function listReminderUsers(db: Db): Promise<string[]> {
  const rows = await db.select({ userId: reminderSettings.userId }).from(reminderSettings);
  return rows.map((r) => r.userId);
}

/** The time zone of the person's most recent diary entry, check-in or PEG, if any. */
export async function latestTimeZone(db: Db, userId: string): Promise<string | undefined> {
  const result = await db.execute<{ time_zone: string }>(sql`
    select time_zone from (
      (select time_zone, updated_at as at from checkins where user_id = ${userId} order by updated_at desc limit 1)
      union all
      (select time_zone, created_at from episodes where user_id = ${userId} order by created_at desc limit 1)
      union all
      (select time_zone, created_at from pegs where user_id = ${userId} order by created_at desc limit 1)
    ) latest order by at desc limit 1`);
  return result.rows[0]?.time_zone;
}

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/**
 * Stores a browser's subscription for this person. An endpoint belongs to one browser, so one
 * stored for someone else (another account signed in on the same browser) moves to this person.
 * `created` is false when this person already had it.
 */
export async function savePushSubscription(
  db: Db,
  userId: string,
  input: PushSubscriptionInput,
): Promise<{ created: boolean }> {
  const result = await db.execute<{ previous: string | null }>(sql`
    with previous as (select user_id from push_subscriptions where endpoint = ${input.endpoint})
    insert into push_subscriptions (user_id, endpoint, p256dh, auth)
    values (${userId}, ${input.endpoint}, ${input.keys.p256dh}, ${input.keys.auth})
    on conflict (endpoint) do update
      set user_id = excluded.user_id, p256dh = excluded.p256dh, auth = excluded.auth
    returning (select user_id from previous) as previous`);
  return { created: result.rows[0]?.previous !== userId };
}

export async function deletePushSubscription(db: Db, userId: string, endpoint: string): Promise<boolean> {
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

/** A subscription the push service says is gone (404 or 410). */
export async function forgetPushSubscription(db: Db, id: string): Promise<void> {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}

export async function listPushSubscriptions(db: Db, userId: string): Promise<PushSubscriptionRow[]> {
  return db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
}
