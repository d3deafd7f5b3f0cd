// Licensed questionnaires (STarT Back, RMDQ, ODI; knowledge instruments/licensed.ts): their
// scoring is ours, their item text is not. An operator who holds a licence supplies the text as
// a JSON file (INSTRUMENT_TEXT_FILE); these schemas describe that file and the HTTP bodies.
import { z } from 'zod';
import { LICENSED_INSTRUMENT_IDS } from '#knowledge';

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

export const InstrumentIdSchema = z.enum(LICENSED_INSTRUMENT_IDS);

/** One instrument's words, exactly as the licence holder's version has them. */
export const InstrumentTextSchema = z.strictObject({
  id: InstrumentIdSchema,
  /** The operator's own statement of their licence, shown with the text. */
  licence: text(2000),
  instructions: text(4000),
  /** In the instrument's order; each item's answers in score order (the first scores 0). */
  items: z.array(z.strictObject({ text: text(2000), answers: z.array(text(500)).min(2).max(11) })).max(100),
});
export type InstrumentText = z.output<typeof InstrumentTextSchema>;

export const INSTRUMENT_TEXT_FORMAT = 'unknot-instrument-text';

/** The file an operator supplies (docs/operations.md, "Licensed questionnaires"). */
export const InstrumentTextFileSchema = z.strictObject({
  format: z.literal(INSTRUMENT_TEXT_FORMAT),
  version: z.literal(1, { error: 'must be 1, the only version of this file so far' }),
  instruments: z.array(InstrumentTextSchema).min(1).max(LICENSED_INSTRUMENT_IDS.length),
});
export type InstrumentTextFile = z.output<typeof InstrumentTextFileSchema>;

export const InstrumentSummarySchema = z.object({
  id: InstrumentIdSchema,
  title: z.string(),
  recall: z.string(),
  items: z.number().int(),
  /** Whether this server's operator supplied the text (GET /api/instruments/{id}). */
  textAvailable: z.boolean(),
  licence: z.string(),
});

export const InstrumentWithTextSchema = InstrumentSummarySchema.extend({
  operatorLicence: z.string(),
  instructions: z.string(),
  itemText: z.array(z.object({ text: z.string(), answers: z.array(z.string()) })),
});

export const InstrumentAnswersSchema = z.strictObject({
  /** One raw answer per item in order (0 = the first answer), or null when left unanswered. */
  answers: z.array(z.number().int().min(0).max(10).nullable()).max(100),
});

export const InstrumentScoreSchema = z.union([
  z.object({
    status: z.literal('complete'),
    total: z.number(),
    subscales: z.record(z.string(), z.number()),
    band: z.object({ id: z.string(), label: z.string() }).nullable(),
    answered: z.number().int(),
  }),
  z.object({ status: z.literal('incomplete'), missing: z.array(z.number().int()) }),
  z.object({ status: z.literal('invalid'), problems: z.array(z.string()) }),
]);
