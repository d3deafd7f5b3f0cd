// The engine's public surface: pure functions over the knowledge base.
export { assess } from './assess.ts';
export {
  type CheckinAnswers,
  daysBetween,
  type Escalation,
  type EscalationContext,
  escalateCheckin,
} from './diary/escalate-checkin.ts';
export {
  checkEpisodeStart,
  type DiaryEscalation,
  diaryEscalation,
  type EpisodeStartSource,
  type JudgedCheckin,
  runStart,
  type SavedCheck,
  savedCheckFor,
} from './diary/escalation-context.ts';
export { addDays, afterLocalDayEverywhere, localDateIn } from './diary/local-date.ts';
export {
  type Answer,
  type Answers,
  intakeFromAnswers,
  nextQuestions,
  type QuestionStep,
} from './questionnaire/next-questions.ts';
export { mostUrgent, rankOf } from './rank.ts';
export type {
  Assessment,
  AvoidEntry,
  CauseResult,
  FollowUp,
  Intake,
  PlanEntry,
  Reason,
  RedFlagResult,
} from './types.ts';
