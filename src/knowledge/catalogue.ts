// The whole knowledge base as one value: the engine's core plus sources, myths and exercises.
import { AVOID_ITEMS } from './avoid-items.ts';
import { EXERCISES } from './exercises/exercises.ts';
import { MEDICINES } from './medicines.ts';
import { MYTHS } from './myths.ts';
import { PLAN_ITEMS } from './plan-items.ts';
import { QUESTION_GROUPS } from './questions/question-groups.ts';
import { QUESTIONS } from './questions/questions.ts';
import { CAUSES } from './rules/causes.ts';
import { DISPOSITION_RULES, SAFETY_NETS, UNSURE_COUNTS_AS_YES } from './rules/disposition-rules.ts';
import { FOLLOW_UP_RULES } from './rules/follow-up-rules.ts';
import { PLAN_POLICY } from './rules/plan-policy.ts';
import { PLAN_REASONS } from './rules/plan-reasons.ts';
import { RED_FLAG_CONDITIONS } from './rules/red-flag-conditions.ts';
import type { Knowledge } from './schema.ts';
import { SOURCES } from './sources.ts';
import { KNOWLEDGE_VERSION } from './version.ts';

export const KNOWLEDGE: Knowledge = {
  version: KNOWLEDGE_VERSION,
  sources: SOURCES,
  questionGroups: QUESTION_GROUPS,
  questions: QUESTIONS,
  redFlagConditions: RED_FLAG_CONDITIONS,
  dispositionRules: DISPOSITION_RULES,
  safetyNets: SAFETY_NETS,
  unsureCountsAsYes: UNSURE_COUNTS_AS_YES,
  causes: CAUSES,
  followUpRules: FOLLOW_UP_RULES,
  planItems: PLAN_ITEMS,
  avoidItems: AVOID_ITEMS,
  exercises: EXERCISES,
  medicines: MEDICINES,
  myths: MYTHS,
  planPolicy: PLAN_POLICY,
  planReasons: PLAN_REASONS,
};
