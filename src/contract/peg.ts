// HTTP bodies for the weekly PEG (pain, enjoyment of life, general activity; knowledge
// instruments/peg.ts): three whole-number answers on the instrument's scale, the local day they
// were given and its time zone. The score is computed by the engine, never sent.
import { z } from 'zod';
import { PEG } from '#knowledge';
import { LocalDateSchema } from './dates.ts';
import { TimeZoneSchema } from './diary.ts';

const item = z
  .number()
  .int()
  .min(PEG.min)
  .max(PEG.max, { error: `must be a whole number from ${PEG.min} to ${PEG.max}` });

export const PegInputSchema = z
  .strictObject({
    date: LocalDateSchema,
    timeZone: TimeZoneSchema,
    pain: item,
    enjoyment: item,
    activity: item,
  })
  .describe('A weekly PEG: the local date it was answered, and its three answers.');
export type PegInput = z.output<typeof PegInputSchema>;

export const PegSchema = z
  .object({
    id: z.uuid(),
    date: z.string(),
    timeZone: z.string(),
    pain: z.number().int(),
    enjoyment: z.number().int(),
    activity: z.number().int(),
    /** The mean of the three answers (engine pegScore). */
    score: z.number(),
    createdAt: z.string(),
  })
  .describe('A weekly PEG answer with its score.')
  .meta({ id: 'Peg' });
export type Peg = z.output<typeof PegSchema>;

export const PegListSchema = z.object({ items: z.array(PegSchema) }).describe('PEG answers, newest first.');
export type PegList = z.output<typeof PegListSchema>;
