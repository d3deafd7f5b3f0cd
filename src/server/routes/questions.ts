import type { FastifyInstance } from 'fastify';
import { QuestionsSchema } from '#contract';
import { KNOWLEDGE } from '#knowledge';
import { responses } from './responses.ts';

/** The questionnaire, for clients that do not run the engine themselves. */
export function questionRoutes(app: FastifyInstance): void {
  app.get(
    '/api/questions',
    {
      schema: {
        tags: ['check'],
        summary: 'The check questionnaire from the knowledge base',
        response: responses({ 200: QuestionsSchema }),
      },
    },
    async () => ({
      knowledgeVersion: KNOWLEDGE.version,
      groups: KNOWLEDGE.questionGroups,
      questions: KNOWLEDGE.questions,
    }),
  );
}
