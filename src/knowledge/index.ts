// The public surface of the knowledge layer: every catalogue as an explicit list.

export { AVOID_ITEMS } from './avoid-items.ts';
export { KNOWLEDGE } from './catalogue.ts';
export * from './codes.ts';
export { CORE_KNOWLEDGE } from './core-catalogue.ts';
export { EXERCISES } from './exercises/exercises.ts';
export { MEDICINES } from './medicines.ts';
export { MYTHS } from './myths.ts';
export { PLAN_ITEMS } from './plan-items.ts';
export { QUESTIONNAIRE_KNOWLEDGE, type QuestionnaireKnowledge } from './questionnaire-catalogue.ts';
export { QUESTION_GROUPS } from './questions/question-groups.ts';
export { QUESTIONS } from './questions/questions.ts';
export { CAUSES } from './rules/causes.ts';
export { DIARY_NOTICES, type DiaryNotice } from './rules/diary-notices.ts';
export { DIARY_RULES, type DiaryRules, type DiaryThreshold } from './rules/diary-rules.ts';
export { DISPOSITION_RULES, UNSURE_COUNTS_AS_YES } from './rules/disposition-rules.ts';
export { CRAMP_MEDICINES, MALIGNANCY_FEATURES, medicineRule, NERVE_ROOT_SIGNS } from './rules/expressions.ts';
export { FOLLOW_UP_RULES } from './rules/follow-up-rules.ts';
export { ORAL_NSAID_CONTRAINDICATIONS } from './rules/nsaid-contraindications.ts';
export { PLAN_POLICY } from './rules/plan-policy.ts';
export { RED_FLAG_CONDITIONS } from './rules/red-flag-conditions.ts';
export * from './schema.ts';
export { SOURCES } from './sources.ts';
export { KNOWLEDGE_VERSION } from './version.ts';
