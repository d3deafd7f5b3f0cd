// The heat or cold session survives a reload: the state is kept in localStorage with absolute
// times (the end as epoch ms), so the remaining time is worked out again from the clock on load.
// Every read goes through restoreReliefTimer (STYLE §4.7), which checks the schema version,
// fills defaults and repairs what cannot be true (a session longer than allowed, an end further
// away than the session's length after the clock was moved back, a last session in the future).
import {
  clampMinutes,
  initialReliefState,
  RELIEF_KINDS,
  type ReliefKind,
  type ReliefLimitsByKind,
  type ReliefState,
  type Session,
  settle,
} from '../relief/timer-state.ts';

export const RELIEF_TIMER_VERSION = 1;
export const RELIEF_TIMER_KEY = 'unknot.relief-timer';

/** A finished session older than this is forgotten on load: its "time is up" is stale news. */
export const DONE_FORGET_MS = 12 * 60 * 60_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** An epoch time that has happened: never negative, never after now (a clock moved back). */
function pastTime(v: unknown, now: number): number | null {
  return finite(v) && v >= 0 ? Math.min(v, now) : null;
}

/**
 * A stored countdown, repaired, or null when it is not one. `maxMs` is the longest it may be.
 * A running one past its end is returned as running, for the caller to settle.
 */
export function restoreSession<K extends string>(
  raw: unknown,
  kinds: readonly K[],
  maxMs: (kind: K) => number,
  now: number,
): Session<K> | null {
  if (!isObj(raw)) return null;
  const kind = kinds.find((k) => k === raw.kind);
  if (kind === undefined || !finite(raw.durationMs) || raw.durationMs <= 0) return null;
  const durationMs = Math.min(raw.durationMs, maxMs(kind));
  switch (raw.status) {
    case 'running': {
      if (!finite(raw.endsAt)) return null;
      // An end further away than the whole session means the clock moved back: count from now.
      // One already past stays running here; the caller settles it (which starts the rest).
      return { status: 'running', kind, durationMs, endsAt: Math.min(raw.endsAt, now + durationMs) };
    }
    case 'paused': {
      if (!finite(raw.pausedRemainingMs)) return null;
      const pausedRemainingMs = Math.min(durationMs, Math.max(0, raw.pausedRemainingMs));
      return pausedRemainingMs === 0
        ? { status: 'done', kind, durationMs, endedAt: now }
        : { status: 'paused', kind, durationMs, pausedRemainingMs };
    }
    case 'done': {
      const endedAt = pastTime(raw.endedAt, now);
      return endedAt === null ? null : { status: 'done', kind, durationMs, endedAt };
    }
    default:
      return null;
  }
}

/** The stored relief timer, repaired; the defaults when there is none or it is unreadable. */
export function restoreReliefTimer(raw: unknown, now: number, limits: ReliefLimitsByKind): ReliefState {
  const initial = initialReliefState(limits);
  if (!isObj(raw) || raw.schemaVersion !== RELIEF_TIMER_VERSION) return initial;
  const minutes = isObj(raw.minutes) ? raw.minutes : {};
  const pick = (kind: ReliefKind) => {
    const m = minutes[kind];
    return finite(m) ? clampMinutes(m, limits[kind]) : limits[kind].defaultMinutes;
  };
  const active = restoreSession(raw.active, RELIEF_KINDS, (kind) => limits[kind].maxMinutes * 60_000, now);
  // A session that ran out while the page was closed ended at its planned end, which starts the
  // rest interval (settle records it).
  const state = settle(
    {
      active,
      lastHeatEndedAt: pastTime(raw.lastHeatEndedAt, now),
      lastColdEndedAt: pastTime(raw.lastColdEndedAt, now),
      minutes: { heat: pick('heat'), cold: pick('cold') },
    },
    now,
  );
  const stale = state.active?.status === 'done' && now - state.active.endedAt > DONE_FORGET_MS;
  return stale ? { ...state, active: null } : state;
}

/** What is written: the state plus its schema version. */
export function serialiseReliefTimer(state: ReliefState): string {
  return JSON.stringify({ schemaVersion: RELIEF_TIMER_VERSION, ...state });
}

export function loadReliefTimer(now: number, limits: ReliefLimitsByKind): ReliefState {
  let raw: unknown = null;
  try {
    const text = globalThis.localStorage?.getItem(RELIEF_TIMER_KEY);
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null; // unreadable or storage blocked: start afresh
  }
  return restoreReliefTimer(raw, now, limits);
}

/** Writes the state unless it is already stored as is (so other tabs are not told of no change). */
export function saveReliefTimer(state: ReliefState): void {
  try {
    const text = serialiseReliefTimer(state);
    const storage = globalThis.localStorage;
    if (storage && storage.getItem(RELIEF_TIMER_KEY) !== text) storage.setItem(RELIEF_TIMER_KEY, text);
  } catch {
    // Storage full or blocked (private browsing): the timer still runs, it just won't survive a reload.
  }
}
