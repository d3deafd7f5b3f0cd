import { describe, expect, it } from 'vitest';
import {
  canStartCold,
  chooseMinutes,
  clampMinutes,
  elapsedMs,
  formatCountdown,
  initialReliefState,
  minuteChoices,
  pause,
  pauseSession,
  type ReliefLimitsByKind,
  type ReliefState,
  remaining,
  remainingMs,
  restEndsAt,
  resume,
  resumeSession,
  STOP_GRACE_MS,
  settle,
  settleSession,
  spokenDuration,
  spokenMinutes,
  start,
  startBlock,
  startSession,
  stop,
} from './timer-state.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
// The knowledge base's numbers (plan-items.ts), written out so the test is self-contained.
const LIMITS: ReliefLimitsByKind = {
  heat: { defaultMinutes: 20, maxMinutes: 20, restMinutes: 20 },
  cold: { defaultMinutes: 15, maxMinutes: 20, restMinutes: 120 },
};

const fresh = (): ReliefState => initialReliefState(LIMITS);

describe('a session', () => {
  it('counts down from the clock and never below zero or above its length', () => {
    const s = startSession('heat', 20 * MIN, T0);
    expect(remainingMs(s, T0)).toBe(20 * MIN);
    expect(remainingMs(s, T0 + 5 * MIN)).toBe(15 * MIN);
    expect(remainingMs(s, T0 + 25 * MIN)).toBe(0);
    expect(remainingMs(s, T0 - MIN)).toBe(20 * MIN);
    expect(elapsedMs(s, T0 + 5 * MIN)).toBe(5 * MIN);
  });

  it('pauses with the time left, and resumes from it', () => {
    const s = startSession('walk', 5 * MIN, T0);
    const paused = pauseSession(s, T0 + 2 * MIN);
    expect(paused).toEqual({ status: 'paused', kind: 'walk', durationMs: 5 * MIN, pausedRemainingMs: 3 * MIN });
    expect(remainingMs(paused, T0 + 60 * MIN)).toBe(3 * MIN);
    const resumed = resumeSession(paused, T0 + 60 * MIN);
    expect(resumed).toEqual({ status: 'running', kind: 'walk', durationMs: 5 * MIN, endsAt: T0 + 63 * MIN });
    expect(resumeSession(resumed, T0 + 61 * MIN)).toBe(resumed);
  });

  it('is done at its planned end, however late it is noticed', () => {
    const s = startSession('hold', 15_000, T0);
    expect(settleSession(s, T0 + 14_999)).toBe(s);
    expect(settleSession(s, T0 + 3_600_000)).toEqual({
      status: 'done',
      kind: 'hold',
      durationMs: 15_000,
      endedAt: T0 + 15_000,
    });
    expect(pauseSession(s, T0 + 20_000).status).toBe('done');
    const done = settleSession(s, T0 + 20_000);
    expect(settleSession(done, T0 + 30_000)).toBe(done);
    expect(remainingMs(done, T0)).toBe(0);
  });
});

describe('heat and cold', () => {
  it('starts with the default length and clamps a chosen one to 1..max whole minutes', () => {
    expect(fresh().minutes).toEqual({ heat: 20, cold: 15 });
    const s = start(fresh(), 'cold', 45, T0, LIMITS);
    expect(s.active).toEqual({ status: 'running', kind: 'cold', durationMs: 20 * MIN, endsAt: T0 + 20 * MIN });
    expect(s.minutes.cold).toBe(20);
    expect(clampMinutes(0, LIMITS.heat)).toBe(1);
    expect(clampMinutes(12.4, LIMITS.heat)).toBe(12);
    expect(clampMinutes(Number.NaN, LIMITS.cold)).toBe(15);
    expect(chooseMinutes(fresh(), 'heat', 99, LIMITS).minutes.heat).toBe(20);
  });

  it('offers 5-minute steps up to the maximum, with the default', () => {
    expect(minuteChoices(LIMITS.heat)).toEqual([5, 10, 15, 20]);
    expect(minuteChoices({ defaultMinutes: 7, maxMinutes: 12, restMinutes: 0 })).toEqual([5, 7, 10, 12]);
  });

  it('pauses, resumes and reports the time left', () => {
    let s = start(fresh(), 'heat', 20, T0, LIMITS);
    expect(remaining(s, T0 + 4 * MIN)).toBe(16 * MIN);
    s = pause(s, T0 + 4 * MIN);
    expect(remaining(s, T0 + 30 * MIN)).toBe(16 * MIN);
    s = resume(s, T0 + 30 * MIN);
    expect(remaining(s, T0 + 31 * MIN)).toBe(15 * MIN);
    expect(remaining(fresh(), T0)).toBe(0);
    expect(pause(fresh(), T0)).toEqual(fresh());
    expect(resume(fresh(), T0)).toEqual(fresh());
  });

  it('keeps the rest interval after a cold session ends: no new one until restMinutes later', () => {
    const s = settle(start(fresh(), 'cold', 15, T0, LIMITS), T0 + 15 * MIN + 500);
    expect(s.active).toEqual({ status: 'done', kind: 'cold', durationMs: 15 * MIN, endedAt: T0 + 15 * MIN });
    expect(s.lastColdEndedAt).toBe(T0 + 15 * MIN);
    const until = T0 + 15 * MIN + 120 * MIN;
    expect(restEndsAt(s, 'cold', LIMITS)).toBe(until);
    expect(canStartCold(s, until - 1, LIMITS)).toBe(false);
    expect(startBlock(s, 'cold', until - 1, LIMITS)).toEqual({ reason: 'cold-rest', until });
    expect(start(s, 'cold', 15, until - 1, LIMITS)).toBe(s);
    expect(canStartCold(s, until, LIMITS)).toBe(true);
    expect(start(s, 'cold', 15, until, LIMITS).active?.status).toBe('running');
  });

  it('sees the end of a cold session even before it has been settled', () => {
    const running = start(fresh(), 'cold', 10, T0, LIMITS);
    expect(canStartCold(running, T0 + 11 * MIN, LIMITS)).toBe(false);
    expect(startBlock(running, 'cold', T0 + 11 * MIN, LIMITS)).toEqual({ reason: 'cold-rest', until: T0 + 130 * MIN });
  });

  it('keeps the rest interval after Stop, counted from the stop', () => {
    const s = stop(start(fresh(), 'cold', 15, T0, LIMITS), T0 + 5 * MIN);
    expect(s.active).toBeNull();
    expect(s.lastColdEndedAt).toBe(T0 + 5 * MIN);
    expect(canStartCold(s, T0 + 124 * MIN, LIMITS)).toBe(false);
    expect(canStartCold(s, T0 + 125 * MIN, LIMITS)).toBe(true);
    const paused = stop(pause(start(fresh(), 'cold', 15, T0, LIMITS), T0 + 3 * MIN), T0 + 50 * MIN);
    expect(paused.lastColdEndedAt).toBe(T0 + 50 * MIN);
  });

  it('does not count a session stopped within the grace period (a slip of the finger)', () => {
    const s = stop(start(fresh(), 'cold', 15, T0, LIMITS), T0 + STOP_GRACE_MS - 1);
    expect(s.lastColdEndedAt).toBeNull();
    expect(canStartCold(s, T0 + STOP_GRACE_MS, LIMITS)).toBe(true);
  });

  it('clears a finished session on Stop without moving the rest interval', () => {
    const done = settle(start(fresh(), 'cold', 15, T0, LIMITS), T0 + 16 * MIN);
    const cleared = stop(done, T0 + 40 * MIN);
    expect(cleared.active).toBeNull();
    expect(cleared.lastColdEndedAt).toBe(T0 + 15 * MIN);
    expect(stop(fresh(), T0)).toEqual(fresh());
  });

  it('never forces a rest on heat, but records its end for the advice', () => {
    const s = settle(start(fresh(), 'heat', 20, T0, LIMITS), T0 + 21 * MIN);
    expect(s.lastHeatEndedAt).toBe(T0 + 20 * MIN);
    expect(restEndsAt(s, 'heat', LIMITS)).toBe(T0 + 40 * MIN);
    expect(startBlock(s, 'heat', T0 + 21 * MIN, LIMITS)).toBeNull();
    expect(restEndsAt(fresh(), 'heat', LIMITS)).toBeNull();
  });

  it('runs one session at a time', () => {
    const heat = start(fresh(), 'heat', 20, T0, LIMITS);
    expect(startBlock(heat, 'cold', T0 + MIN, LIMITS)).toEqual({ reason: 'other-session', kind: 'heat' });
    expect(startBlock(heat, 'heat', T0 + MIN, LIMITS)).toEqual({ reason: 'already-on' });
    expect(start(heat, 'cold', 10, T0 + MIN, LIMITS)).toBe(heat);
    const paused = pause(heat, T0 + MIN);
    expect(startBlock(paused, 'cold', T0 + 90 * MIN, LIMITS)).toEqual({ reason: 'other-session', kind: 'heat' });
    // Once the heat session is over, cold may start (cold has had no session to rest from).
    expect(startBlock(heat, 'cold', T0 + 20 * MIN, LIMITS)).toBeNull();
  });
});

describe('words and numbers', () => {
  it('formats the countdown as mm:ss, rounding up to the whole second', () => {
    expect(formatCountdown(20 * MIN)).toBe('20:00');
    expect(formatCountdown(19 * MIN + 31_001)).toBe('19:32');
    expect(formatCountdown(245_000)).toBe('04:05');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(-5)).toBe('00:00');
  });

  it('says durations in words', () => {
    expect(spokenDuration(12 * MIN + 4_000)).toBe('12 minutes 4 seconds');
    expect(spokenDuration(MIN)).toBe('1 minute');
    expect(spokenDuration(1_000)).toBe('1 second');
    expect(spokenDuration(0)).toBe('0 seconds');
    expect(spokenMinutes(120)).toBe('2 hours');
    expect(spokenMinutes(20)).toBe('20 minutes');
    expect(spokenMinutes(61)).toBe('1 hour 1 minute');
  });
});
