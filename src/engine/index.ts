// The engine's public surface: pure functions over the knowledge base.
export { assess } from './assess.ts';
export {
  clampWeeks,
  type DiaryAnalytics,
  type DiaryAnalyticsInput,
  diaryAnalytics,
  MAX_ANALYTICS_WEEKS,
  type PainTrend,
  type ReliefTime,
  type TrendDirection,
  type WeekSummary,
} from './diary/analytics.ts';
export { weekStart, weekStarts } from './diary/calendar.ts';
export {
  type DiaryCheckin,
  type DiaryEpisode,
  minutesToRelief,
  type PegAnswers,
  type ReliefRating,
} from './diary/diary-input.ts';
export {
  type DiaryPattern,
  type DiaryPatternInput,
  diaryPatterns,
  fillTemplate,
  type PatternWords,
  painWorse,
  spasmsAfterQuiet,
} from './diary/diary-patterns.ts';
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
  type Interval,
  type LinearTrend,
  linearTrend,
  type MeanEstimate,
  mean,
  meanWithInterval,
  median,
  tQuantile975,
} from './diary/stats.ts';
export {
  exclusionsFrom,
  type HelpfulMethod,
  type NotSuggested,
  type StoredAssessment,
  type WhatHelps,
  whatHelps,
} from './diary/what-helps.ts';
export { type PegItems, pegScore } from './instruments/peg-score.ts';
export { type InstrumentAnswers, type InstrumentScore, scoreInstrument } from './instruments/score-instrument.ts';
export {
  type Answer,
  type Answers,
  intakeFromAnswers,
  nextQuestions,
  type QuestionStep,
  questionApplies,
  questionsApplying,
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
