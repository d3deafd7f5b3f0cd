// The full JSON backup: written with a schema version and a SHA-256 digest of its data, and read
// back in layers, each refused with its own problem: not a backup, a newer version, changed since
// it was written, or a record that the diary's own routes would refuse. The digest catches a file
// damaged or edited by hand; it is not a signature (anyone can recompute it), so every record is
// still validated as if it came from the API.

import { createHash } from 'node:crypto';
import {
  BACKUP_CHECKIN_META_KEYS,
  BACKUP_EPISODE_META_KEYS,
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BackupCheckinMetaSchema,
  BackupCheckSchema,
  type BackupEnvelope,
  BackupEnvelopeSchema,
  BackupEpisodeMetaSchema,
  BackupPegSchema,
  CheckinInputSchema,
  EpisodeInputSchema,
  type Problem,
  validate,
} from '#contract';
import { KNOWLEDGE_VERSION } from '#knowledge';
import { HttpProblem } from '../errors.ts';
import type { AccountData, CheckinRecord, CheckRecord, EpisodeRecord, PegRecord } from './account-data.ts';

/** JSON with object keys sorted at every level and no spaces: the text the digest is taken of. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const digestOf = (data: unknown): string => createHash('sha256').update(canonicalJson(data)).digest('hex');

export function buildBackup(data: AccountData, exportedAt: Date): BackupEnvelope {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    knowledgeVersion: KNOWLEDGE_VERSION,
    integrity: { algorithm: 'SHA-256', digest: digestOf(data) },
    data,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** At most this many record problems are listed; the detail says how many there were. */
const MAX_LISTED = 20;

function split(raw: Record<string, unknown>, metaKeys: readonly string[]) {
  const meta: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) (metaKeys.includes(k) ? meta : rest)[k] = v;
  return { meta, rest };
}

function invalid(detail: string, problems: readonly Problem[]): HttpProblem {
  return new HttpProblem('APP_ERR_BACKUP_INVALID', detail, {
    errors: problems.slice(0, MAX_LISTED).map((p) => ({ ...p, location: 'body' })),
  });
}

function duplicates<T>(items: readonly T[], key: (t: T) => string | null, path: (i: number) => string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (k === null) return;
    if (seen.has(k)) problems.push({ path: path(i), message: `repeats "${k}", which an earlier record has` });
    seen.add(k);
  });
  return problems;
}

/**
 * Reads a backup file's parsed JSON into account data, or throws the HttpProblem that says what
 * is wrong with it. Nothing here touches the database.
 */
export function readBackup(body: unknown): AccountData {
  if (!isRecord(body) || body.format !== BACKUP_FORMAT) {
    throw invalid(`This file is not an Unknot backup: it has no "format": "${BACKUP_FORMAT}".`, [
      { path: 'format', message: `must be "${BACKUP_FORMAT}"` },
    ]);
  }
  const version = body.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_SCHEMA_VERSION) {
    throw new HttpProblem(
      'APP_ERR_BACKUP_VERSION',
      `This backup was written by a newer version of Unknot (backup version ${version}; this server reads up to ` +
        `version ${BACKUP_SCHEMA_VERSION}). Update Unknot, then import it again.`,
    );
  }
  const envelope = validate(BackupEnvelopeSchema, body);
  if (!envelope.ok) {
    throw invalid(
      `This backup cannot be read: ${envelope.problems.length === 1 ? 'one part is' : 'some parts are'} missing or damaged.`,
      envelope.problems,
    );
  }
  const { data, integrity } = envelope.value;
  if (digestOf(data) !== integrity.digest) {
    throw new HttpProblem(
      'APP_ERR_BACKUP_INTEGRITY',
      'This backup has been changed since it was exported (its SHA-256 digest does not match its data). ' +
        'Import the file exactly as Unknot wrote it.',
    );
  }

  const problems: Problem[] = [];
  const episodes: EpisodeRecord[] = [];
  data.episodes.forEach((raw, i) => {
    const { meta, rest } = split(raw, BACKUP_EPISODE_META_KEYS);
    const m = validate(BackupEpisodeMetaSchema, meta, ['data', 'episodes', i]);
    const e = validate(EpisodeInputSchema, rest, ['data', 'episodes', i]);
    if (!m.ok) problems.push(...m.problems);
    if (!e.ok) problems.push(...e.problems);
    if (m.ok && e.ok) {
      const v = e.value;
      episodes.push({
        id: m.value.id,
        startedAt: v.startedAt,
        endedAt: v.endedAt ?? null,
        durationMinutes: v.durationMinutes ?? null,
        timeZone: v.timeZone,
        localDate: m.value.localDate,
        intensity: v.intensity,
        locations: [...v.locations],
        triggers: [...v.triggers],
        reliefTried: v.reliefTried.map((r) => ({ ...r })),
        notes: v.notes,
        createdAt: m.value.createdAt,
        updatedAt: m.value.updatedAt,
      });
    }
  });
  const checkins: CheckinRecord[] = [];
  data.checkins.forEach((raw, i) => {
    const { meta, rest } = split(raw, BACKUP_CHECKIN_META_KEYS);
    const m = validate(BackupCheckinMetaSchema, meta, ['data', 'checkins', i]);
    const c = validate(CheckinInputSchema, rest, ['data', 'checkins', i]);
    if (!m.ok) problems.push(...m.problems);
    if (!c.ok) problems.push(...c.problems);
    if (m.ok && c.ok) {
      checkins.push({
        date: m.value.date,
        ...c.value,
        findings: [...c.value.findings],
        unsure: [...c.value.unsure],
        createdAt: m.value.createdAt,
        updatedAt: m.value.updatedAt,
      });
    }
  });
  const checks: CheckRecord[] = [];
  data.checks.forEach((raw, i) => {
    const c = validate(BackupCheckSchema, raw, ['data', 'checks', i]);
    if (!c.ok) problems.push(...c.problems);
    // Stored as written (the intake and the assessment exactly as the check produced them).
    else checks.push({ ...c.value, intake: raw.intake, assessment: raw.assessment });
  });
  const pegs: PegRecord[] = [];
  // Version 1 backups have no PEG answers.
  (data.pegs ?? []).forEach((raw, i) => {
    const p = validate(BackupPegSchema, raw, ['data', 'pegs', i]);
    if (!p.ok) problems.push(...p.problems);
    else pegs.push({ ...p.value });
  });
  const key = (field: string) => (r: Record<string, unknown>) =>
    typeof r[field] === 'string' ? (r[field] as string) : null;
  problems.push(
    ...duplicates(data.episodes, key('id'), (i) => `data.episodes[${i}].id`),
    ...duplicates(data.checkins, key('date'), (i) => `data.checkins[${i}].date`),
    ...duplicates(data.checks, key('id'), (i) => `data.checks[${i}].id`),
    ...duplicates(data.checks, key('clientId'), (i) => `data.checks[${i}].clientId`),
    ...duplicates(data.pegs ?? [], key('id'), (i) => `data.pegs[${i}].id`),
  );
  if (problems.length > 0) {
    const n = problems.length;
    throw invalid(
      `This backup has ${n === 1 ? 'one problem' : `${n.toLocaleString('en-GB')} problems`}, so nothing was imported` +
        `${n > MAX_LISTED ? ` (the first ${MAX_LISTED} are listed)` : ''}.`,
      problems,
    );
  }
  return { episodes, checkins, checks, pegs };
}
