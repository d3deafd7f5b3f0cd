// The episode details form: its state, and conversion to and from the API body. Pure.
import { BODY_AREAS, type BodyArea, PLAN_CODES, type PlanCode, TRIGGER_CODES, type TriggerCode } from '#knowledge';
import type { Helped } from './labels.ts';
import { fromLocalInput, toLocalInput } from './local-time.ts';
import type { Episode, EpisodeInput } from './types.ts';

export const NOTES_MAX = 2000;
/** The API's limit for a duration: two weeks. */
export const DURATION_MAX = 60 * 24 * 14;

export type EndMode = 'unknown' | 'ended' | 'duration';

export type EpisodeForm = {
  /** datetime-local value, browser time. */
  startedAt: string;
  timeZone: string;
  intensity: number;
  locations: BodyArea[];
  triggers: TriggerCode[];
  reliefTried: { method: PlanCode; helped: Helped }[];
  endMode: EndMode;
  /** datetime-local value, used when endMode is 'ended'. */
  endedAt: string;
  /** Minutes as typed, used when endMode is 'duration'. */
  durationMinutes: string;
  notes: string;
};

export type FieldError = { field: keyof EpisodeForm; message: string };

export function formFromEpisode(e: Episode): EpisodeForm {
  return {
    startedAt: toLocalInput(e.startedAt),
    timeZone: e.timeZone,
    intensity: e.intensity,
    locations: BODY_AREAS.filter((a) => e.locations.includes(a)),
    triggers: TRIGGER_CODES.filter((t) => e.triggers.includes(t)),
    reliefTried: e.reliefTried.map((r) => ({ method: r.method, helped: clampHelped(r.helped) })),
    endMode: e.endedAt ? 'ended' : e.durationMinutes !== null ? 'duration' : 'unknown',
    endedAt: e.endedAt ? toLocalInput(e.endedAt) : '',
    durationMinutes: e.durationMinutes !== null ? String(e.durationMinutes) : '',
    notes: e.notes,
  };
}

export function clampHelped(n: number): Helped {
  if (n <= 0) return 0;
  if (n === 1) return 1;
  if (n === 2) return 2;
  return 3;
}

/** The form as a PUT/POST body, or every problem with the field it belongs to. */
export function episodeBody(form: EpisodeForm): { ok: true; body: EpisodeInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const startedAt = fromLocalInput(form.startedAt);
  if (!startedAt) errors.push({ field: 'startedAt', message: 'Enter when it started, as a date and time.' });
  if (!Number.isInteger(form.intensity) || form.intensity < 0 || form.intensity > 10)
    errors.push({ field: 'intensity', message: 'Choose how strong it was, from 0 to 10.' });
  let endedAt: string | null = null;
  let durationMinutes: number | null = null;
  if (form.endMode === 'ended') {
    endedAt = fromLocalInput(form.endedAt);
    if (!endedAt) errors.push({ field: 'endedAt', message: 'Enter when it eased, as a date and time.' });
    else if (startedAt && Date.parse(endedAt) < Date.parse(startedAt))
      errors.push({ field: 'endedAt', message: 'It cannot have eased before it started.' });
  } else if (form.endMode === 'duration') {
    const text = form.durationMinutes.trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n > DURATION_MAX)
      errors.push({
        field: 'durationMinutes',
        message: 'Enter the minutes as a whole number, up to 20160 (two weeks).',
      });
    else durationMinutes = n;
  }
  if (form.notes.length > NOTES_MAX)
    errors.push({ field: 'notes', message: `Notes can be at most ${NOTES_MAX} characters.` });
  if (errors.length > 0 || !startedAt) return { ok: false, errors };
  const seen = new Set<PlanCode>();
  const reliefTried = form.reliefTried.filter((r) => {
    if (!PLAN_CODES.includes(r.method) || seen.has(r.method)) return false;
    seen.add(r.method);
    return true;
  });
  return {
    ok: true,
    body: {
      startedAt,
      endedAt,
      durationMinutes,
      timeZone: form.timeZone,
      intensity: form.intensity,
      locations: BODY_AREAS.filter((a) => form.locations.includes(a)),
      triggers: TRIGGER_CODES.filter((t) => form.triggers.includes(t)),
      reliefTried,
      notes: form.notes,
    },
  };
}

/** The ≤ 3-tap log: now, this zone, this intensity, nothing else. */
export function quickEpisodeBody(intensity: number, now: Date, timeZone: string): EpisodeInput {
  return {
    startedAt: now.toISOString(),
    endedAt: null,
    durationMinutes: null,
    timeZone,
    intensity,
    locations: [],
    triggers: [],
    reliefTried: [],
    notes: '',
  };
}

/** Minutes from start to relief, when the episode says (a duration, or an end time). */
export function minutesToRelief(e: Pick<Episode, 'startedAt' | 'endedAt' | 'durationMinutes'>): number | null {
  if (e.durationMinutes !== null) return e.durationMinutes;
  if (!e.endedAt) return null;
  const ms = Date.parse(e.endedAt) - Date.parse(e.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 60_000) : null;
}

/** Toggle a value in a list, keeping the list's other members. */
export function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((x) => x !== value);
  return on ? [...without, value] : without;
}
