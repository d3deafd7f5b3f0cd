// The check's place on this device: the answers so far, the group on screen and the result, so a
// reload (or a phone that drops the tab) keeps the person where they were. Everything read back
// goes through `restoreCheckState`, which validates, repairs and fills defaults (STYLE §4.7).
import type { Answer, Intake } from '#engine';
import {
  DURATION_CHOICES,
  FINDING_CODES,
  type FindingCode,
  type NumberField,
  QUESTION_GROUP_IDS,
  QUESTIONS,
  type QuestionGroupId,
  SEXES,
  type Sex,
} from '#knowledge';

export const CHECK_STATE_KEY = 'unknot.check.state';
export const CHECK_SCHEMA_VERSION = 1;

export type SkippableField = NumberField | 'sex';

/** The answers, in the shape the engine's `nextQuestions` reads. */
export type CheckAnswers = {
  readonly age?: number;
  readonly sex?: Sex;
  readonly onsetDaysAgo?: number;
  readonly painNow?: number;
  readonly previousEpisodes?: number;
  /** A duration choice id, and the exact length in its unit when a rule needs it. */
  readonly onsetChoice?: string;
  readonly onsetExact?: number;
  readonly responses: Readonly<Partial<Record<FindingCode, Answer>>>;
  /** Optional questions the person chose to skip. */
  readonly skipped: readonly SkippableField[];
};

/**
 * What happened to saving a finished check to the account. `pending`: not tried yet (or cut off
 * by a reload); `queued`: waiting in the offline queue; `signed-out`: nobody to save it for;
 * `failed`: the server refused it and trying again will not help.
 */
export const SAVE_STATES = ['pending', 'saved', 'queued', 'signed-out', 'failed'] as const;
export type SaveState = (typeof SAVE_STATES)[number];

export type CheckResult = {
  readonly id: string;
  readonly completedAt: string;
  readonly intake: Intake;
  readonly save: SaveState;
};

export type CheckState = {
  readonly schemaVersion: typeof CHECK_SCHEMA_VERSION;
  readonly answers: CheckAnswers;
  /** The question group on screen (or last on screen, when the result is showing). */
  readonly current: QuestionGroupId;
  readonly view: 'questions' | 'result';
  readonly result: CheckResult | null;
  /**
   * Set when the person chose "I answered by mistake" on the emergency screen: the answers at
   * that moment (as a key), so the screen stays away until they change an answer. Never kept
   * across a reload: after a reload the emergency screen shows again, which is the safe side.
   */
  readonly emergencyReview: string | null;
};

export const EMPTY_ANSWERS: CheckAnswers = { responses: {}, skipped: [] };

export function initialCheckState(): CheckState {
  return {
    schemaVersion: CHECK_SCHEMA_VERSION,
    answers: EMPTY_ANSWERS,
    current: 'emergency',
    view: 'questions',
    result: null,
    emergencyReview: null,
  };
}

// ---- restore -------------------------------------------------------------------------------

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const NUMBER_FIELDS: readonly NumberField[] = ['age', 'onsetDaysAgo', 'painNow', 'previousEpisodes', 'onsetExact'];
const CHOICE_IDS = DURATION_CHOICES.map((c) => c.id);
const SKIPPABLE: readonly SkippableField[] = [...NUMBER_FIELDS, 'sex'];

/** The range the question for a number field allows (from the knowledge base). */
function rangeOf(field: NumberField): { min: number; max: number } {
  for (const q of QUESTIONS) if (q.kind === 'number' && q.field === field) return { min: q.min, max: q.max };
  return { min: 0, max: Number.MAX_SAFE_INTEGER };
}

function wholeIn(v: unknown, field: NumberField): number | undefined {
  const { min, max } = rangeOf(field);
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
}

function restoreCodes(v: unknown): FindingCode[] {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.filter((c): c is FindingCode => oneOf(FINDING_CODES, c)))];
}

/** An intake as the contract accepts it, or null when the stored one cannot be trusted. */
export function restoreIntake(v: unknown): Intake | null {
  if (!isRecord(v)) return null;
  const age = wholeIn(v.age, 'age');
  const onsetDaysAgo = wholeIn(v.onsetDaysAgo, 'onsetDaysAgo');
  if (age === undefined || onsetDaysAgo === undefined) return null;
  const sex = oneOf(SEXES, v.sex) ? v.sex : undefined;
  const painNow = wholeIn(v.painNow, 'painNow');
  const previousEpisodes = wholeIn(v.previousEpisodes, 'previousEpisodes');
  const findings = restoreCodes(v.findings);
  const unsure = restoreCodes(v.unsure).filter((c) => !findings.includes(c));
  return {
    age,
    ...(sex === undefined ? {} : { sex }),
    onsetDaysAgo,
    ...(painNow === undefined ? {} : { painNow }),
    ...(previousEpisodes === undefined ? {} : { previousEpisodes }),
    findings,
    unsure,
  };
}

export function restoreAnswers(v: unknown): CheckAnswers {
  if (!isRecord(v)) return EMPTY_ANSWERS;
  const responses: Partial<Record<FindingCode, Answer>> = {};
  if (isRecord(v.responses)) {
    for (const [code, answer] of Object.entries(v.responses)) {
      if (oneOf(FINDING_CODES, code) && oneOf(ANSWERS, answer)) responses[code] = answer;
    }
  }
  const numbers: Partial<Record<NumberField, number>> = {};
  for (const field of NUMBER_FIELDS) {
    const n = wholeIn(v[field], field);
    if (n !== undefined) numbers[field] = n;
  }
  const sex = oneOf(SEXES, v.sex) ? v.sex : undefined;
  const onsetChoice = oneOf(CHOICE_IDS, v.onsetChoice) ? v.onsetChoice : undefined;
  // A field with a value is answered, so it cannot also be skipped.
  const skipped = Array.isArray(v.skipped)
    ? [...new Set(v.skipped.filter((f): f is SkippableField => oneOf(SKIPPABLE, f)))].filter((f) =>
        f === 'sex' ? sex === undefined : numbers[f] === undefined,
      )
    : [];
  return {
    ...numbers,
    ...(sex === undefined ? {} : { sex }),
    ...(onsetChoice === undefined ? {} : { onsetChoice }),
    responses,
    skipped,
  };
}

function restoreResult(v: unknown): CheckResult | null {
  if (!isRecord(v)) return null;
  const intake = restoreIntake(v.intake);
  if (!intake || typeof v.id !== 'string' || v.id === '') return null;
  const completedAt =
    typeof v.completedAt === 'string' && !Number.isNaN(Date.parse(v.completedAt))
      ? v.completedAt
      : new Date(0).toISOString();
  return { id: v.id, completedAt, intake, save: oneOf(SAVE_STATES, v.save) ? v.save : 'pending' };
}

/**
 * Anything read from storage → a valid state. Unknown or damaged parts fall back to their
 * defaults; a state written by a newer version of the app (a higher schemaVersion) is not
 * guessed at, and the check starts afresh.
 */
export function restoreCheckState(v: unknown): CheckState {
  const fresh = initialCheckState();
  if (!isRecord(v)) return fresh;
  const version = v.schemaVersion;
  if (typeof version === 'number' && version > CHECK_SCHEMA_VERSION) return fresh;
  // Version 1 is the first; a record without a version is read as version 1 (best effort).
  const result = restoreResult(v.result);
  const view = v.view === 'result' && result ? 'result' : 'questions';
  return {
    schemaVersion: CHECK_SCHEMA_VERSION,
    answers: restoreAnswers(v.answers),
    current: oneOf(QUESTION_GROUP_IDS, v.current) ? v.current : 'emergency',
    view,
    result,
    emergencyReview: null,
  };
}

// ---- the device ----------------------------------------------------------------------------

/** The part of the Web Storage API this module uses (so tests can pass a plain object). */
export type KeyValueStore = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

const deviceStore = (): KeyValueStore | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (some private modes): the check still works, unsaved
  }
};

export function loadCheckState(store: KeyValueStore | undefined = deviceStore()): CheckState {
  try {
    const text = store?.getItem(CHECK_STATE_KEY);
    return restoreCheckState(text ? JSON.parse(text) : null);
  } catch {
    return initialCheckState();
  }
}

export function saveCheckState(state: CheckState, store: KeyValueStore | undefined = deviceStore()): void {
  try {
    const { emergencyReview: _notKept, ...kept } = state;
    store?.setItem(CHECK_STATE_KEY, JSON.stringify(kept));
  } catch {
    // Full or blocked storage: the check carries on in memory.
  }
}

export function clearCheckState(store: KeyValueStore | undefined = deviceStore()): void {
  try {
    store?.removeItem(CHECK_STATE_KEY);
  } catch {
    // Nothing to do: there was nothing we could have stored either.
  }
}
