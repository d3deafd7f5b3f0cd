// HTTP bodies for the spasm diary: episodes and daily check-ins (ARCHITECTURE "Diary").

import { z } from 'zod';
import { BODY_AREAS, DISPOSITIONS, FINDING_CODES, PLAN_CODES, RED_FLAG_CODES, TRIGGER_CODES } from '#knowledge';
import { ReasonSchema, RedFlagResultSchema } from './assessment.ts';
import { InstantSchema as Instant, LocalDateSchema } from './dates.ts';

const noNul = (s: string) => !s.includes('\u0000');

// Building an Intl formatter costs ~0.15 ms; a time zone is checked once and remembered.
const knownZones = new Map<string, boolean>();
function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/** An IANA time zone that this runtime knows (e.g. "Europe/London"). */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, { error: 'must be an IANA time zone such as "Europe/London"' });

const score = z.number().int().min(0).max(10, { error: 'must be a whole number from 0 to 10' });

const uniqueList = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .array(z.enum(values, { error: (i) => `unknown ${what} "${String(i.input)}"` }))
    .max(values.length)
    .refine((xs) => new Set(xs).size === xs.length, { error: `each ${what} may appear only once` });

export const ReliefTriedSchema = z.strictObject({
  method: z.enum(PLAN_CODES, { error: (i) => `unknown method "${String(i.input)}"` }),
  /** 0 = did not help, 1 = a little, 2 = quite a lot, 3 = a lot. */
  helped: z.number().int().min(0).max(3, { error: 'must be 0 (not at all) to 3 (a lot)' }),
});

export const EpisodeInputSchema = z
  .strictObject({
    startedAt: Instant,
    endedAt: Instant.nullable().optional(),
    durationMinutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 14)
      .nullable()
      .optional(),
    timeZone: TimeZoneSchema,
    intensity: score,
    locations: uniqueList(BODY_AREAS, 'body area').default([]),
    triggers: uniqueList(TRIGGER_CODES, 'trigger').default([]),
    reliefTried: z.array(ReliefTriedSchema).max(PLAN_CODES.length).default([]),
    notes: z
      .string()
      .max(2000, { error: 'must be at most 2,000 characters' })
      .refine(noNul, { error: 'must not contain NUL characters' })
      .default(''),
  })
  .refine((e) => !(e.endedAt && e.durationMinutes != null), {
    error: 'give either endedAt or durationMinutes, not both',
    path: ['durationMinutes'],
  })
  .refine((e) => !e.endedAt || Date.parse(e.endedAt) >= Date.parse(e.startedAt), {
    error: 'must not be before startedAt',
    path: ['endedAt'],
  })
  .describe('A spasm episode as the person logs it.');
export type EpisodeInput = z.output<typeof EpisodeInputSchema>;

export const EpisodeSchema = z
  .object({
    id: z.uuid(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    durationMinutes: z.number().int().nullable(),
    timeZone: z.string(),
    /** The local calendar day the episode started on, in its time zone. */
    localDate: z.string(),
    intensity: z.number().int(),
    locations: z.array(z.enum(BODY_AREAS)),
    triggers: z.array(z.enum(TRIGGER_CODES)),
    reliefTried: z.array(ReliefTriedSchema),
    notes: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('A spasm episode as stored.')
  .meta({ id: 'Episode' });
export type Episode = z.output<typeof EpisodeSchema>;

/** POST and PUT /api/episodes answer with the episode and reminders for the body areas it names. */
export const SavedEpisodeSchema = EpisodeSchema.extend({ notices: z.array(z.string()) }).describe(
  'The episode as saved, with reminders for the body areas it names.',
);
export type SavedEpisode = z.output<typeof SavedEpisodeSchema>;

export const EpisodePageSchema = z
  .object({ items: z.array(EpisodeSchema), nextCursor: z.string().nullable() })
  .describe('A page of episodes, newest first; nextCursor fetches the next page (null: no more).');
export type EpisodePage = z.output<typeof EpisodePageSchema>;

const checkinFields = {
  timeZone: TimeZoneSchema,
  painAverage: score,
  interferenceActivity: score,
  interferenceSleep: score,
  gettingBetter: z.boolean(),
  /** The red-flag questions asked again: codes answered yes and not sure. */
  findings: uniqueList(FINDING_CODES, 'code').default([]),
  unsure: uniqueList(FINDING_CODES, 'code').default([]),
};
const notInBoth = (c: { findings: readonly string[]; unsure: readonly string[] }) =>
  !c.unsure.some((x) => c.findings.includes(x));
const bothError = { error: 'a code cannot be in both findings and unsure', path: ['unsure'] };

/** PUT /api/checkins/{date}: the day is in the path. */
export const CheckinInputSchema = z
  .strictObject(checkinFields)
  .refine(notInBoth, bothError)
  .describe('A daily check-in; one per day, a new one replaces it.');

/** POST /api/checkins: the same, with the day in the body. */
export const CheckinWithDateSchema = z
  .strictObject({ date: LocalDateSchema, ...checkinFields })
  .refine(notInBoth, bothError)
  .describe('A daily check-in with its local date.');

export type CheckinInput = z.output<typeof CheckinInputSchema>;
export type CheckinWithDate = z.output<typeof CheckinWithDateSchema>;

export const CheckinSchema = z
  .object({
    date: z.string(),
    timeZone: z.string(),
    painAverage: z.number().int(),
    interferenceActivity: z.number().int(),
    interferenceSleep: z.number().int(),
    gettingBetter: z.boolean(),
    findings: z.array(z.enum(FINDING_CODES)),
    unsure: z.array(z.enum(FINDING_CODES)),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('A daily check-in as stored.')
  .meta({ id: 'Checkin' });
export type Checkin = z.output<typeof CheckinSchema>;

export const CheckinListSchema = z.object({ items: z.array(CheckinSchema) }).describe('Check-ins, newest first.');
export type CheckinList = z.output<typeof CheckinListSchema>;

/** What a saved check-in means now (engine diaryEscalation). */
export const EscalationSchema = z
  .object({
    disposition: z.enum(DISPOSITIONS),
    redFlags: z.array(RedFlagResultSchema),
    /** Red flags not reported by the previous check-in. */
    newRedFlags: z.array(z.enum(RED_FLAG_CODES)),
    reasons: z.array(ReasonSchema),
    dayOfEpisode: z.number().int(),
  })
  .meta({ id: 'Escalation' });

export const SavedCheckinSchema = z
  .object({ checkin: CheckinSchema, escalation: EscalationSchema })
  .describe('The check-in as saved, and the escalation it leads to.');
export type SavedCheckin = z.output<typeof SavedCheckinSchema>;
