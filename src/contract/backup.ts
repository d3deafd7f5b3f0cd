// The full JSON backup of one account (GET /api/export/backup, POST /api/import/backup) and the
// report's query. A backup is checked in layers, each with its own answer: its envelope (format,
// version, digest), then every record, through the same schemas the diary's own routes use.

import { z } from 'zod';
import { DISPOSITIONS } from '#knowledge';
import { AssessmentSchema } from './assessment.ts';
import { InstantSchema, LocalDateSchema } from './dates.ts';
import type { CheckinInputSchema, EpisodeInputSchema } from './diary.ts';
import { IntakeSchema } from './intake.ts';
import { PegInputSchema } from './peg.ts';

export const BACKUP_FORMAT = 'unknot-backup';
/**
 * The newest backup version this server writes and reads. Older versions are read as well:
 * version 1 has no `pegs` (weekly PEG answers came in version 2).
 */
export const BACKUP_SCHEMA_VERSION = 2;
/** The most records of each kind one backup may hold (about 50 years of daily check-ins). */
export const BACKUP_MAX_RECORDS = 20_000;

const id = z.uuid({ error: 'must be an id (UUID)' });

/** An episode as the backup holds it: the episode's own fields, plus its id and times. */
export const BackupEpisodeMetaSchema = z.object({
  id,
  localDate: LocalDateSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export const BACKUP_EPISODE_META_KEYS = ['id', 'localDate', 'createdAt', 'updatedAt'] as const;

/** A check-in: its date and times, plus the check-in's own fields. */
export const BackupCheckinMetaSchema = z.object({
  date: LocalDateSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export const BACKUP_CHECKIN_META_KEYS = ['date', 'createdAt', 'updatedAt'] as const;

/** A saved check, as stored: its answers, its result and the knowledge version that made it. */
export const BackupCheckSchema = z
  .strictObject({
    id,
    clientId: id.nullable(),
    createdAt: InstantSchema,
    completedAt: InstantSchema,
    knowledgeVersion: z.string().min(1).max(64),
    disposition: z.enum(DISPOSITIONS),
    intake: IntakeSchema,
    assessment: AssessmentSchema,
  })
  .refine((c) => c.assessment.disposition === c.disposition, {
    error: 'must be the disposition of the assessment',
    path: ['disposition'],
  })
  .refine((c) => c.assessment.knowledgeVersion === c.knowledgeVersion, {
    error: 'must be the knowledge version of the assessment',
    path: ['knowledgeVersion'],
  });

/** A weekly PEG answer: the answers as POST /api/peg takes them, plus its id and time saved. */
export const BackupPegSchema = PegInputSchema.extend({ id, createdAt: InstantSchema });

const records = z.array(z.record(z.string(), z.unknown())).max(BACKUP_MAX_RECORDS, {
  error: `must hold at most ${BACKUP_MAX_RECORDS.toLocaleString('en-GB')} records`,
});

/** The envelope: read before the records, which are checked one by one afterwards. */
export const BackupEnvelopeSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT, { error: `must be "${BACKUP_FORMAT}"` }),
    schemaVersion: z.number().int().min(1),
    exportedAt: InstantSchema,
    knowledgeVersion: z.string().min(1).max(64),
    integrity: z.strictObject({
      algorithm: z.literal('SHA-256', { error: 'must be "SHA-256"' }),
      /** Hex SHA-256 of the canonical JSON of `data` (keys sorted, no spaces). */
      digest: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits' }),
    }),
    data: z.strictObject({ episodes: records, checkins: records, checks: records, pegs: records.optional() }),
  })
  .refine((b) => b.schemaVersion < 2 || b.data.pegs !== undefined, {
    error: 'must list the PEG answers (an empty list if there are none) from backup version 2 on',
    path: ['data', 'pegs'],
  })
  .describe('A full backup of one Unknot account, as GET /api/export/backup writes it.');
export type BackupEnvelope = z.output<typeof BackupEnvelopeSchema>;

export type BackupEpisode = z.output<typeof BackupEpisodeMetaSchema> & z.input<typeof EpisodeInputSchema>;
export type BackupCheckin = z.output<typeof BackupCheckinMetaSchema> & z.input<typeof CheckinInputSchema>;
export type BackupCheck = z.output<typeof BackupCheckSchema>;
export type BackupPeg = z.output<typeof BackupPegSchema>;

const hasNoControlCharacters = (s: string) =>
  [...s].every((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code >= 0x20 && code !== 0x7f;
  });

/** GET /api/export/report.pdf and /api/export/fhir: a name to print, only if the person adds one. */
export const ExportQuerySchema = z.strictObject({
  name: z
    .string()
    .trim()
    .max(100, { error: 'must be at most 100 characters' })
    .refine(hasNoControlCharacters, { error: 'must not contain control characters' })
    .optional(),
});

/**
 * POST /api/import/backup: the file exactly as GET /api/export/backup wrote it (a BackupEnvelope).
 * Read in layers by the server, so that a newer version or a changed file gets its own answer
 * rather than a list of field errors.
 */
export const BackupImportSchema = z.unknown().describe('An Unknot backup file, as GET /api/export/backup wrote it.');

/** POST /api/import/backup: how many records of each kind were imported. */
export const ImportResultSchema = z
  .object({
    imported: z.object({
      episodes: z.number().int(),
      checkins: z.number().int(),
      checks: z.number().int(),
      pegs: z.number().int(),
    }),
  })
  .describe('The backup was imported: the number of records of each kind.');
export type ImportResult = z.output<typeof ImportResultSchema>;
