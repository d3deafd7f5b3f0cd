// What the adaptive questionnaire needs: the questions and the rules that decide what to ask
// and when to stop. Kept apart from plan and medicine texts so the first screen of the check
// loads little (the web app fetches the rest when it shows a result).
import { QUESTION_GROUPS } from './questions/question-groups.ts';
import { QUESTIONS } from './questions/questions.ts';
import { CAUSES } from './rules/causes.ts';
import { DISPOSITION_RULES, SAFETY_NETS, UNSURE_COUNTS_AS_YES } from './rules/disposition-rules.ts';
import { PLAN_POLICY } from './rules/plan-policy.ts';
import type { Knowledge } from './schema.ts';

export type QuestionnaireKnowledge = Pick<
  Knowledge,
  'questions' | 'questionGroups' | 'dispositionRules' | 'safetyNets' | 'unsureCountsAsYes' | 'causes' | 'planPolicy'
>;

export const QUESTIONNAIRE_KNOWLEDGE: QuestionnaireKnowledge = {
  questions: QUESTIONS,
  questionGroups: QUESTION_GROUPS,
  dispositionRules: DISPOSITION_RULES,
  safetyNets: SAFETY_NETS,
  unsureCountsAsYes: UNSURE_COUNTS_AS_YES,
  causes: CAUSES,
  planPolicy: PLAN_POLICY,
};
