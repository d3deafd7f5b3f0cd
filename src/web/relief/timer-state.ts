// All the time logic of the relief tools, as plain calculations: a heat or cold session, an
// exercise hold and a walk are each a Session that counts down to an end. Nothing here reads the
// clock: every function takes `now` (epoch ms) from its caller, so a session survives a reload
// (the remaining time is worked out again from the stored end) and the rules are unit-tested
// without a browser (timer-state.test.ts).

export type ReliefKind = 'heat' | 'cold';
export const RELIEF_KINDS: readonly ReliefKind[] = ['heat', 'cold'];

/** A countdown: running towards `endsAt`, paused with time left, or done at `endedAt`. */
export type Session<K extends string> =
  | { readonly status: 'running'; readonly kind: K; readonly durationMs: number; readonly endsAt: number }
  | { readonly status: 'paused'; readonly kind: K; readonly durationMs: number; readonly pausedRemainingMs: number }
  | { readonly status: 'done'; readonly kind: K; readonly durationMs: number; readonly endedAt: number };

const MINUTE = 60_000;

export function startSession<K extends string>(kind: K, durationMs: number, now: number): Session<K> {
  return { status: 'running', kind, durationMs, endsAt: now + durationMs };
}

/** Time left, never below zero nor above the session's length. */
export function remainingMs<K extends string>(session: Session<K>, now: number): number {
  switch (session.status) {
    case 'running':
      return Math.min(session.durationMs, Math.max(0, session.endsAt - now));
    case 'paused':
      return session.pausedRemainingMs;
    case 'done':
      return 0;
  }
}

export function elapsedMs<K extends string>(session: Session<K>, now: number): number {
  return session.durationMs - remainingMs(session, now);
}

/** A running session whose end has passed becomes done, ended at its planned end. */
export function settleSession<K extends string>(session: Session<K>, now: number): Session<K> {
  if (session.status !== 'running' || now < session.endsAt) return session;
  return { status: 'done', kind: session.kind, durationMs: session.durationMs, endedAt: session.endsAt };
}

export function pauseSession<K extends string>(session: Session<K>, now: number): Session<K> {
  const settled = settleSession(session, now);
  if (settled.status !== 'running') return settled;
  return {
    status: 'paused',
    kind: settled.kind,
    durationMs: settled.durationMs,
    pausedRemainingMs: remainingMs(settled, now),
  };
}

export function resumeSession<K extends string>(session: Session<K>, now: number): Session<K> {
  if (session.status !== 'paused') return session;
  return {
    status: 'running',
    kind: session.kind,
    durationMs: session.durationMs,
    endsAt: now + session.pausedRemainingMs,
  };
}

// ---- Heat and cold ---------------------------------------------------------------------------

/** The plan item's timer limits (knowledge TimerSpec), in minutes. */
export type ReliefLimits = {
  readonly defaultMinutes: number;
  readonly maxMinutes: number;
  /** Minimum gap between two sessions of this kind. */
  readonly restMinutes: number;
};
export type ReliefLimitsByKind = Readonly<Record<ReliefKind, ReliefLimits>>;

/** One heat or cold session at a time, when the last of each ended, and the length each was set to. */
export type ReliefState = {
  readonly active: Session<ReliefKind> | null;
  readonly lastHeatEndedAt: number | null;
  readonly lastColdEndedAt: number | null;
  readonly minutes: Readonly<Record<ReliefKind, number>>;
};

/**
 * A session stopped within this long of its start was a slip of the finger, not a session: it
 * does not start the rest interval.
 */
export const STOP_GRACE_MS = 30_000;

export function initialReliefState(limits: ReliefLimitsByKind): ReliefState {
  return {
    active: null,
    lastHeatEndedAt: null,
    lastColdEndedAt: null,
    minutes: { heat: limits.heat.defaultMinutes, cold: limits.cold.defaultMinutes },
  };
}

/** A whole number of minutes from 1 to the kind's maximum. */
export function clampMinutes(minutes: number, limits: ReliefLimits): number {
  if (!Number.isFinite(minutes)) return limits.defaultMinutes;
  return Math.min(limits.maxMinutes, Math.max(1, Math.round(minutes)));
}

/** The lengths offered by the picker: every 5 minutes up to the maximum, and the default. */
export function minuteChoices(limits: ReliefLimits): number[] {
  const choices = new Set<number>([limits.defaultMinutes, limits.maxMinutes]);
  for (let m = 5; m < limits.maxMinutes; m += 5) choices.add(m);
  return [...choices].filter((m) => m >= 1 && m <= limits.maxMinutes).sort((a, b) => a - b);
}

export function lastEndedAt(state: ReliefState, kind: ReliefKind): number | null {
  return kind === 'heat' ? state.lastHeatEndedAt : state.lastColdEndedAt;
}

function withLastEnded(state: ReliefState, kind: ReliefKind, at: number): ReliefState {
  return kind === 'heat' ? { ...state, lastHeatEndedAt: at } : { ...state, lastColdEndedAt: at };
}

/** When the rest after the last session of this kind is over (null: no session yet). */
export function restEndsAt(state: ReliefState, kind: ReliefKind, limits: ReliefLimitsByKind): number | null {
  const last = lastEndedAt(state, kind);
  return last === null ? null : last + limits[kind].restMinutes * MINUTE;
}

/** Cold needs its rest interval: true once the last cold session ended at least restMinutes ago. */
export function canStartCold(state: ReliefState, now: number, limits: ReliefLimitsByKind): boolean {
  const until = restEndsAt(settle(state, now), 'cold', limits);
  return until === null || now >= until;
}

export type StartBlock =
  | { readonly reason: 'cold-rest'; readonly until: number }
  | { readonly reason: 'other-session'; readonly kind: ReliefKind }
  | { readonly reason: 'already-on' };

/**
 * Why a session of this kind cannot start now, or null when it can. Heat's rest is advice only
 * (shown, not enforced); cold's is enforced; only one session runs at a time.
 */
export function startBlock(
  state: ReliefState,
  kind: ReliefKind,
  now: number,
  limits: ReliefLimitsByKind,
): StartBlock | null {
  const settled = settle(state, now);
  const active = settled.active;
  if (active && active.status !== 'done') {
    return active.kind === kind ? { reason: 'already-on' } : { reason: 'other-session', kind: active.kind };
  }
  if (kind === 'cold' && !canStartCold(settled, now, limits)) {
    const until = restEndsAt(settled, 'cold', limits);
    if (until !== null) return { reason: 'cold-rest', until };
  }
  return null;
}

/** Starts a session of the chosen length (clamped to the limits); unchanged when blocked. */
export function start(
  state: ReliefState,
  kind: ReliefKind,
  minutes: number,
  now: number,
  limits: ReliefLimitsByKind,
): ReliefState {
  if (startBlock(state, kind, now, limits)) return state;
  const settled = settle(state, now);
  const length = clampMinutes(minutes, limits[kind]);
  return {
    ...settled,
    active: startSession(kind, length * MINUTE, now),
    minutes: { ...settled.minutes, [kind]: length },
  };
}

/** The length a person picked, clamped to the limits and kept for next time. */
export function chooseMinutes(
  state: ReliefState,
  kind: ReliefKind,
  minutes: number,
  limits: ReliefLimitsByKind,
): ReliefState {
  return { ...state, minutes: { ...state.minutes, [kind]: clampMinutes(minutes, limits[kind]) } };
}

export function pause(state: ReliefState, now: number): ReliefState {
  const settled = settle(state, now);
  return settled.active ? { ...settled, active: pauseSession(settled.active, now) } : settled;
}

export function resume(state: ReliefState, now: number): ReliefState {
  return state.active ? { ...state, active: resumeSession(state.active, now) } : state;
}

/**
 * Ends the session now. The rest interval counts from here, unless it was stopped within
 * STOP_GRACE_MS of starting. Stopping a finished session just clears it.
 */
export function stop(state: ReliefState, now: number): ReliefState {
  const settled = settle(state, now);
  const active = settled.active;
  if (!active) return settled;
  if (active.status === 'done') return { ...settled, active: null };
  const cleared = { ...settled, active: null };
  return elapsedMs(active, now) < STOP_GRACE_MS ? cleared : withLastEnded(cleared, active.kind, now);
}

/** A running session past its end becomes done, and its end starts the rest interval. */
export function settle(state: ReliefState, now: number): ReliefState {
  const active = state.active;
  if (active?.status !== 'running' || now < active.endsAt) return state;
  return withLastEnded({ ...state, active: settleSession(active, now) }, active.kind, active.endsAt);
}

export function remaining(state: ReliefState, now: number): number {
  return state.active ? remainingMs(state.active, now) : 0;
}

// ---- Words and numbers ----------------------------------------------------------------------

/** "19:32", "04:05", "00:00": minutes and seconds left, rounded up to the whole second. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** "12 minutes 4 seconds", "1 minute", "45 seconds": the same time, for screen readers. */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

/** "2 hours", "20 minutes", "1 hour 30 minutes": a rest interval in words. */
export function spokenMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}
