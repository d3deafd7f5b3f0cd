// HTTP bodies for reminders (issue 9): what a person asked to be reminded of, in their own time
// zone, and the Web Push subscription their browser gave us. Times are wall-clock "HH:MM" in
// `timeZone`; the server works out each next firing itself (with an injected clock).
import { z } from 'zod';
import { TimeZoneSchema } from './diary.ts';

export const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time of day such as "20:00"' });

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z
  .number()
  .int()
  .min(1)
  .max(7, { error: 'must be a weekday from 1 (Monday) to 7 (Sunday)' });

export const DESK_BREAK_MINUTES = { min: 20, max: 240 } as const;

export const ReminderSettingsSchema = z
  .strictObject({
    timeZone: TimeZoneSchema,
    /** The daily diary check-in. */
    checkin: z.strictObject({ enabled: z.boolean(), time: ClockTimeSchema }),
    /** The weekly PEG (pain, enjoyment, activity). */
    peg: z.strictObject({ enabled: z.boolean(), weekday: WeekdaySchema, time: ClockTimeSchema }),
    /** A nudge to stand up and move, every `everyMinutes` between `from` and `to`. */
    deskBreak: z
      .strictObject({
        enabled: z.boolean(),
        everyMinutes: z
          .number()
          .int()
          .min(DESK_BREAK_MINUTES.min)
          .max(DESK_BREAK_MINUTES.max, {
            error: `must be a whole number of minutes from ${DESK_BREAK_MINUTES.min} to ${DESK_BREAK_MINUTES.max}`,
          }),
        from: ClockTimeSchema,
        to: ClockTimeSchema,
        weekdaysOnly: z.boolean(),
      })
      .refine((d) => d.from < d.to, { error: '"from" must be earlier in the day than "to"' }),
  })
  .describe('Which reminders a person wants, at what local times.');
export type ReminderSettings = z.output<typeof ReminderSettingsSchema>;

/** What a person who never chose anything has: everything off, sensible times ready. */
export const defaultReminderSettings = (timeZone: string): ReminderSettings => ({
  timeZone,
  checkin: { enabled: false, time: '20:00' },
  peg: { enabled: false, weekday: 7, time: '19:00' },
  deskBreak: { enabled: false, everyMinutes: 45, from: '09:00', to: '17:00', weekdaysOnly: true },
});

/** The browser's PushSubscription.toJSON(). */
export const PushSubscriptionSchema = z
  .object({
    endpoint: z.url({ protocol: /^https?$/ }).max(2048),
    expirationTime: z.number().nullable().optional(),
    keys: z.strictObject({
      p256dh: z.string().min(1).max(200),
      auth: z.string().min(1).max(100),
    }),
  })
  .describe("A browser's Web Push subscription (PushSubscription.toJSON()).");
export type PushSubscriptionInput = z.output<typeof PushSubscriptionSchema>;

export const PushKeySchema = z.object({ publicKey: z.string() });

/** DELETE /api/push/subscription: which of this person's subscriptions to forget. */
export const PushEndpointSchema = z
  .strictObject({ endpoint: z.string().min(1).max(2048) })
  .describe('The endpoint of a Web Push subscription to forget.');

/** POST /api/push/subscription answers with the endpoint it stored. */
export const PushSubscriptionSavedSchema = z.object({ endpoint: z.string() });
