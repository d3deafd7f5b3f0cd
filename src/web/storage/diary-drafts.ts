// Unfinished diary forms survive a reload: today's check-in and an episode's details, kept in
// localStorage. Every read goes through a restore function that validates and fills defaults
// (STYLE §4.7); anything unreadable is dropped rather than trusted.
import {
  BODY_AREAS,
  type BodyArea,
  FINDING_CODES,
  type FindingCode,
  PLAN_CODES,
  type PlanCode,
  TRIGGER_CODES,
  type TriggerCode,
} from '#knowledge';
import type { CheckinForm, RedFlagAnswer } from '../diary/checkin-form.ts';
import type { EndMode, EpisodeForm } from '../diary/episode-form.ts';
import type { Helped } from '../diary/labels.ts';

export const DIARY_DRAFTS_VERSION = 1;
const CHECKIN_KEY = 'unknot.diary.checkin-draft';
const EPISODE_KEY = 'unknot.diary.episode-draft';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const score = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10 ? v : null;
const codes = <T extends string>(v: unknown, allowed: readonly T[]): T[] =>
  Array.isArray(v) ? allowed.filter((code) => v.includes(code)) : [];
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isLocalInput = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v);

export type CheckinDraft = { schemaVersion: 1; form: CheckinForm };
export type EpisodeDraft = { schemaVersion: 1; episodeId: string; updatedAt: string; form: EpisodeForm };

/** A stored check-in draft, repaired; null when it is not one. */
export function restoreCheckinDraft(raw: unknown): CheckinDraft | null {
  if (!isObj(raw) || raw.schemaVersion !== 1 || !isObj(raw.form)) return null;
  const f = raw.form;
  if (!isDate(f.date)) return null;
  const redFlags: Partial<Record<FindingCode, RedFlagAnswer>> = {};
  if (isObj(f.redFlags))
    for (const code of FINDING_CODES) {
      const a = f.redFlags[code];
      if (a === 'yes' || a === 'no' || a === 'unsure') redFlags[code] = a;
    }
  return {
    schemaVersion: 1,
    form: {
      date: f.date,
      painAverage: score(f.painAverage),
      interferenceActivity: score(f.interferenceActivity),
      interferenceSleep: score(f.interferenceSleep),
      gettingBetter: typeof f.gettingBetter === 'boolean' ? f.gettingBetter : null,
      redFlags,
    },
  };
}

const END_MODES: readonly EndMode[] = ['unknown', 'ended', 'duration'];

/** A stored episode-details draft, repaired; null when it is not one. */
export function restoreEpisodeDraft(raw: unknown): EpisodeDraft | null {
  if (!isObj(raw) || raw.schemaVersion !== 1 || !isObj(raw.form)) return null;
  const f = raw.form;
  const episodeId = str(raw.episodeId);
  const intensity = score(f.intensity);
  if (!episodeId || !isLocalInput(f.startedAt) || intensity === null) return null;
  const reliefTried: { method: PlanCode; helped: Helped }[] = [];
  if (Array.isArray(f.reliefTried))
    for (const r of f.reliefTried) {
      if (!isObj(r)) continue;
      const method = PLAN_CODES.find((c) => c === r.method);
      const helped = r.helped === 0 || r.helped === 1 || r.helped === 2 || r.helped === 3 ? r.helped : 0;
      if (method && !reliefTried.some((x) => x.method === method)) reliefTried.push({ method, helped });
    }
  const endMode = END_MODES.find((m) => m === f.endMode) ?? 'unknown';
  return {
    schemaVersion: 1,
    episodeId,
    updatedAt: str(raw.updatedAt),
    form: {
      startedAt: f.startedAt,
      timeZone: str(f.timeZone, 'UTC') || 'UTC',
      intensity,
      locations: codes<BodyArea>(f.locations, BODY_AREAS),
      triggers: codes<TriggerCode>(f.triggers, TRIGGER_CODES),
      reliefTried,
      endMode,
      endedAt: isLocalInput(f.endedAt) ? f.endedAt : '',
      durationMinutes: str(f.durationMinutes).slice(0, 8),
      notes: str(f.notes).slice(0, 4000),
    },
  };
}

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked (private mode): the form still works, it just won't survive a reload.
  }
}

/** The saved check-in draft for this day, if any. */
export function loadCheckinDraft(date: string): CheckinForm | null {
  const draft = restoreCheckinDraft(read(CHECKIN_KEY));
  return draft && draft.form.date === date ? draft.form : null;
}
export function saveCheckinDraft(form: CheckinForm | null): void {
  write(CHECKIN_KEY, form ? ({ schemaVersion: 1, form } satisfies CheckinDraft) : null);
}

/**
 * The saved details draft for this episode, if it was started from the same saved version
 * (`updatedAt`); a draft of an older version would overwrite newer changes, so it is dropped.
 */
export function loadEpisodeDraft(episodeId: string, updatedAt: string): EpisodeForm | null {
  const draft = restoreEpisodeDraft(read(EPISODE_KEY));
  return draft && draft.episodeId === episodeId && draft.updatedAt === updatedAt ? draft.form : null;
}
export function saveEpisodeDraft(draft: { episodeId: string; updatedAt: string; form: EpisodeForm } | null): void {
  write(EPISODE_KEY, draft ? ({ schemaVersion: 1, ...draft } satisfies EpisodeDraft) : null);
}
