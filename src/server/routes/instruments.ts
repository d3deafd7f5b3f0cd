import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  InstrumentAnswersSchema,
  InstrumentIdSchema,
  InstrumentScoreSchema,
  InstrumentSummarySchema,
  InstrumentWithTextSchema,
} from '#contract';
import { scoreInstrument } from '#engine';
import { LICENSED_INSTRUMENTS, type LicensedInstrument } from '#knowledge';
import { HttpProblem } from '../errors.ts';
import type { InstrumentTexts } from '../instrument-text.ts';
import { responses } from './responses.ts';

const Params = z.strictObject({ id: z.string().max(64) });

/**
 * Licensed questionnaires: which exist, their text where this server's operator supplied it
 * (INSTRUMENT_TEXT_FILE), and their scoring, which needs no text. No account is needed: nothing
 * is stored.
 */
export function instrumentRoutes(app: FastifyInstance, texts: InstrumentTexts): void {
  const summary = (k: LicensedInstrument) => ({
    id: k.id,
    title: k.title,
    recall: k.recall,
    items: k.answerMax.length,
    textAvailable: texts.has(k.id),
    licence: k.licence,
  });
  const find = (id: string) => {
    const parsed = InstrumentIdSchema.safeParse(`instrument/${id}`);
    const known = parsed.success ? LICENSED_INSTRUMENTS.find((k) => k.id === parsed.data) : undefined;
    if (!known)
      throw new HttpProblem(
        'APP_ERR_NOT_FOUND',
        `There is no questionnaire "${id}". Known: ${LICENSED_INSTRUMENTS.map((k) => k.id.slice('instrument/'.length)).join(', ')}.`,
      );
    return known;
  };

  app.get(
    '/api/instruments',
    {
      schema: {
        tags: ['instruments'],
        summary: 'The licensed questionnaires, and whether this server has their text',
        response: responses({ 200: z.array(InstrumentSummarySchema) }),
      },
    },
    async () => LICENSED_INSTRUMENTS.map(summary),
  );

  app.get(
    '/api/instruments/:id',
    {
      schema: {
        tags: ['instruments'],
        summary: "A licensed questionnaire's text, when this server's operator supplied it",
        params: Params,
        response: responses({ 200: InstrumentWithTextSchema }, [404]),
      },
    },
    async (request) => {
      const known = find((request.params as z.output<typeof Params>).id);
      const text = texts.get(known.id);
      if (!text)
        throw new HttpProblem(
          'APP_ERR_NOT_FOUND',
          `The text of ${known.title} is licensed and this server's operator has not supplied it (INSTRUMENT_TEXT_FILE). Its scoring works without it.`,
        );
      return {
        ...summary(known),
        operatorLicence: text.licence,
        instructions: text.instructions,
        itemText: text.items,
      };
    },
  );

  app.post(
    '/api/instruments/:id/score',
    {
      schema: {
        tags: ['instruments'],
        summary: 'Score answers to a licensed questionnaire (nothing is stored)',
        params: Params,
        body: InstrumentAnswersSchema,
        response: responses({ 200: InstrumentScoreSchema }, [404]),
      },
    },
    async (request) => {
      const known = find((request.params as z.output<typeof Params>).id);
      return scoreInstrument(known, (request.body as z.output<typeof InstrumentAnswersSchema>).answers);
    },
  );
}
