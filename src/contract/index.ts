// The public surface of the contract layer: Zod schemas for the intake, the assessment and the
// HTTP bodies, with one validation helper that reports every problem with its path.
export { AssessmentSchema } from './assessment.ts';
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
  type CheckinInput,
  CheckinInputSchema,
  CheckinWithDateSchema,
  type Episode,
  type EpisodeInput,
  EpisodeInputSchema,
  EpisodeSchema,
  ReliefTriedSchema,
  TimeZoneSchema,
} from './diary.ts';
export { type IntakeInput, IntakeSchema, parseIntake } from './intake.ts';
export { type Peg, type PegInput, PegInputSchema, PegSchema } from './peg.ts';
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
export { type ParseResult, registerRawCheck, validate } from './validate.ts';
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
