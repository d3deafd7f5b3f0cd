// The public surface of the contract layer: Zod schemas for the intake, the assessment and the
// HTTP bodies, with one validation helper that reports every problem with its path.
export {
  AccountSessionSchema,
  type AccountUser,
  AccountUserSchema,
  ChangePasswordAnswerSchema,
  ChangePasswordBodySchema,
  DeleteUserBodySchema,
  type SessionAnswer,
  SessionAnswerSchema,
  SignInAnswerSchema,
  SignInBodySchema,
  SignOutBodySchema,
  SignUpAnswerSchema,
  SignUpBodySchema,
  SuccessAnswerSchema,
} from './account.ts';
export {
  type AssessAnswer,
  AssessAnswerSchema,
  type AssessmentResult,
  AssessmentSchema,
  type CheckPage,
  CheckPageSchema,
  ReasonSchema,
  RedFlagResultSchema,
  type StoredCheck,
  StoredCheckSchema,
} from './assessment.ts';
export {
  BACKUP_CHECKIN_META_KEYS,
  BACKUP_EPISODE_META_KEYS,
  BACKUP_FORMAT,
  BACKUP_MAX_RECORDS,
  BACKUP_SCHEMA_VERSION,
  type BackupCheck,
  type BackupCheckin,
  BackupCheckinMetaSchema,
  BackupCheckSchema,
  type BackupEnvelope,
  BackupEnvelopeSchema,
  type BackupEpisode,
  BackupEpisodeMetaSchema,
  BackupImportSchema,
  type BackupPeg,
  BackupPegSchema,
  ExportQuerySchema,
  type ImportResult,
  ImportResultSchema,
} from './backup.ts';
export { type CheckSave, CheckSaveSchema } from './check-save.ts';
export {
  EARLIEST_DATE,
  InstantSchema,
  isDateInRange,
  isInstantInRange,
  LATEST_DATE,
  LocalDateSchema,
} from './dates.ts';
export {
  type Checkin,
  type CheckinInput,
  CheckinInputSchema,
  type CheckinList,
  CheckinListSchema,
  CheckinSchema,
  type CheckinWithDate,
  CheckinWithDateSchema,
  type Episode,
  type EpisodeInput,
  EpisodeInputSchema,
  type EpisodePage,
  EpisodePageSchema,
  EpisodeSchema,
  EscalationSchema,
  ReliefTriedSchema,
  type SavedCheckin,
  SavedCheckinSchema,
  type SavedEpisode,
  SavedEpisodeSchema,
  TimeZoneSchema,
} from './diary.ts';
export {
  INSTRUMENT_TEXT_FORMAT,
  InstrumentAnswersSchema,
  InstrumentIdSchema,
  InstrumentScoreSchema,
  InstrumentSummarySchema,
  type InstrumentText,
  type InstrumentTextFile,
  InstrumentTextFileSchema,
  InstrumentTextSchema,
  InstrumentWithTextSchema,
} from './instruments.ts';
export { type IntakeInput, IntakeSchema, parseIntake } from './intake.ts';
export { type Peg, type PegInput, PegInputSchema, type PegList, PegListSchema, PegSchema } from './peg.ts';
export { type ProblemDetails, ProblemDetailsSchema } from './problem-details.ts';
export { formatProblem, type Problem, pathText, problemsFrom } from './problems.ts';
export {
  ClockTimeSchema,
  DESK_BREAK_MINUTES,
  defaultReminderSettings,
  PushEndpointSchema,
  PushKeySchema,
  type PushSubscriptionInput,
  PushSubscriptionSavedSchema,
  PushSubscriptionSchema,
  type ReminderSettings,
  ReminderSettingsSchema,
  WeekdaySchema,
} from './reminders.ts';
export { HealthSchema, type Questions, QuestionsSchema, ReadySchema } from './service.ts';
export { type ParseResult, registerRawCheck, validate } from './validate.ts';
