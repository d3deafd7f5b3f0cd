import type { FastifyInstance } from 'fastify';
import { KNOWLEDGE } from '#knowledge';

/** The questionnaire, for clients that do not run the engine themselves. */
export function questionRoutes(app: FastifyInstance): void {
  app.get(
    '/api/questions',
    { schema: { tags: ['check'], summary: 'The check questionnaire from the knowledge base' } },
    async () => ({
      knowledgeVersion: KNOWLEDGE.version,
      groups: KNOWLEDGE.questionGroups,
      questions: KNOWLEDGE.questions,
    }),
  );
}
