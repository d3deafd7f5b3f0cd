// The public surface of the knowledge layer: every catalogue as an explicit list.

export { AVOID_ITEMS } from './avoid-items.ts';
export { KNOWLEDGE } from './catalogue.ts';
export * from './codes.ts';
export { CORE_KNOWLEDGE } from './core-catalogue.ts';
export { EXERCISES } from './exercises/exercises.ts';
export {
  type InstrumentBand,
  type InstrumentScoring,
  LICENSED_INSTRUMENT_IDS,
  LICENSED_INSTRUMENTS,
  type LicensedInstrument,
  type LicensedInstrumentId,
  type ScoreBound,
} from './instruments/licensed.ts';
export { PEG, PEG_ITEM_KEYS, type PegInstrument, type PegItem, type PegItemKey } from './instruments/peg.ts';
export { MEDICINES } from './medicines.ts';
export { MYTHS } from './myths.ts';
export { PLAN_ITEMS } from './plan-items.ts';
export { QUESTIONNAIRE_KNOWLEDGE, type QuestionnaireKnowledge } from './questionnaire-catalogue.ts';
export { DURATION_CHOICES } from './questions/about-questions.ts';
export { QUESTION_GROUPS } from './questions/question-groups.ts';
export { QUESTIONS } from './questions/questions.ts';
export { CAUSES } from './rules/causes.ts';
export { CHECKIN_RECHECK } from './rules/checkin-recheck.ts';
export { DIARY_NOTICES, type DiaryNotice } from './rules/diary-notices.ts';
export { DIARY_PATTERNS, type DiaryPatternId, type DiaryPatternRules } from './rules/diary-patterns.ts';
export { DIARY_RULES, type DiaryRules, type DiaryThreshold } from './rules/diary-rules.ts';
export { DISPOSITION_RULES, SAFETY_NETS, UNSURE_COUNTS_AS_YES } from './rules/disposition-rules.ts';
export {
  CRAMP_MEDICINES,
  INFECTION_RISKS,
  MALIGNANCY_FEATURES,
  medicineRule,
  NERVE_ROOT_SIGNS,
} from './rules/expressions.ts';
export { FOLLOW_UP_RULES } from './rules/follow-up-rules.ts';
export { NEXT_HOUR } from './rules/next-hour.ts';
export {
  ORAL_NSAID_CONTRAINDICATION_WHY,
  ORAL_NSAID_CONTRAINDICATIONS,
  type OralNsaidContraindication,
} from './rules/nsaid-contraindications.ts';
export { PLAN_POLICY } from './rules/plan-policy.ts';
export { PLAN_REASONS } from './rules/plan-reasons.ts';
export { RED_FLAG_CONDITIONS } from './rules/red-flag-conditions.ts';
export { RELIEF_INSIGHT, type ReliefInsight } from './rules/relief-insight.ts';
export * from './schema.ts';
export { SOURCES } from './sources.ts';
export { KNOWLEDGE_VERSION } from './version.ts';
export { DISPOSITION_TEXT, type DispositionText } from './wording/dispositions.ts';
export { REASON_TEXT } from './wording/reasons.ts';
export {
  DEFAULT_EMERGENCY_REGIONS,
  EMERGENCY_ACTION_TEXT,
  REGIONS,
  type Region,
  type RegionId,
} from './wording/regions.ts';
export { REMINDER_TEXT, type ReminderText } from './wording/reminders.ts';
export { CAUDA_EQUINA_SELF_CHECKS, type SelfCheck } from './wording/self-checks.ts';
export { CALL_NOW_SIGNS } from './wording/warning-signs.ts';
