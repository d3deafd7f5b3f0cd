// The part of the knowledge base the engine reads: rules, questions, plan and medicine notes.
// The source catalogue, myth notes and exercise cards are left out, so a client that runs the
// check (the web app, offline) can load them separately, only when a person opens them.
import { AVOID_ITEMS } from './avoid-items.ts';
import { MEDICINES } from './medicines.ts';
import { PLAN_ITEMS } from './plan-items.ts';
import { QUESTIONNAIRE_KNOWLEDGE } from './questionnaire-catalogue.ts';
import { FOLLOW_UP_RULES } from './rules/follow-up-rules.ts';
import { PLAN_REASONS } from './rules/plan-reasons.ts';
import { RED_FLAG_CONDITIONS } from './rules/red-flag-conditions.ts';
import type { Knowledge } from './schema.ts';
import { KNOWLEDGE_VERSION } from './version.ts';

export const CORE_KNOWLEDGE: Knowledge = {
  version: KNOWLEDGE_VERSION,
  ...QUESTIONNAIRE_KNOWLEDGE,
  sources: [],
  redFlagConditions: RED_FLAG_CONDITIONS,
  followUpRules: FOLLOW_UP_RULES,
  planItems: PLAN_ITEMS,
  avoidItems: AVOID_ITEMS,
  exercises: [],
  medicines: MEDICINES,
  myths: [],
  planReasons: PLAN_REASONS,
};
