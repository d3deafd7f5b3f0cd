// GET /api/health, /api/ready and /api/questions: the service's own answers.
import { z } from 'zod';

export const HealthSchema = z.object({ status: z.literal('ok') }).describe('The process is up.');
export const ReadySchema = z.object({ status: z.literal('ready') }).describe('The database answers.');

/** The check's questions as the knowledge base holds them (typed in src/knowledge/schema.ts). */
export const QuestionsSchema = z
  .object({
    knowledgeVersion: z.string(),
    groups: z.array(z.looseObject({ id: z.string(), title: z.string(), intro: z.string() })),
    questions: z.array(
      z.looseObject({
        kind: z.enum(['finding', 'number', 'sex', 'choice']),
        group: z.string(),
        text: z.string(),
      }),
    ),
  })
  .describe('The check questionnaire: its groups and questions, with the knowledge version.');
export type Questions = z.output<typeof QuestionsSchema>;
