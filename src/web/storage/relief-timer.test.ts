import { describe, expect, it } from 'vitest';
import { initialReliefState, type ReliefLimitsByKind } from '../relief/timer-state.ts';
import { DONE_FORGET_MS, RELIEF_TIMER_VERSION, restoreReliefTimer, serialiseReliefTimer } from './relief-timer.ts';

const MIN = 60_000;
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const LIMITS: ReliefLimitsByKind = {
  heat: { defaultMinutes: 20, maxMinutes: 20, restMinutes: 20 },
  cold: { defaultMinutes: 15, maxMinutes: 20, restMinutes: 120 },
};
const stored = (over: Record<string, unknown>) => ({
  schemaVersion: RELIEF_TIMER_VERSION,
  active: null,
  lastHeatEndedAt: null,
  lastColdEndedAt: null,
  minutes: { heat: 20, cold: 15 },
  ...over,
});

describe('restoreReliefTimer', () => {
  it('gives the defaults for nothing, garbage or another schema version', () => {
    const initial = initialReliefState(LIMITS);
    for (const raw of [null, 'x', 42, [], {}, { schemaVersion: 99 }, stored({ schemaVersion: 0 })])
      expect(restoreReliefTimer(raw, NOW, LIMITS)).toEqual(initial);
  });

  it('round-trips what it saves', () => {
    const state = {
      ...initialReliefState(LIMITS),
      active: { status: 'running', kind: 'heat', durationMs: 20 * MIN, endsAt: NOW + 7 * MIN } as const,
      lastColdEndedAt: NOW - 3 * 60 * MIN,
    };
    expect(restoreReliefTimer(JSON.parse(serialiseReliefTimer(state)), NOW, LIMITS)).toEqual(state);
  });

  it('keeps a running session running, with its time left worked out from the clock', () => {
    const raw = stored({ active: { status: 'running', kind: 'cold', durationMs: 15 * MIN, endsAt: NOW + 9 * MIN } });
    expect(restoreReliefTimer(raw, NOW, LIMITS).active).toEqual({
      status: 'running',
      kind: 'cold',
      durationMs: 15 * MIN,
      endsAt: NOW + 9 * MIN,
    });
  });

  it('settles a session that ended while the page was closed, starting the rest from its end', () => {
    const raw = stored({ active: { status: 'running', kind: 'cold', durationMs: 15 * MIN, endsAt: NOW - 10 * MIN } });
    const s = restoreReliefTimer(raw, NOW, LIMITS);
    expect(s.active).toEqual({ status: 'done', kind: 'cold', durationMs: 15 * MIN, endedAt: NOW - 10 * MIN });
    expect(s.lastColdEndedAt).toBe(NOW - 10 * MIN);
  });

  it('repairs impossible values', () => {
    // Longer than the maximum, an end beyond the session's length (clock moved back), times in the future.
    const s = restoreReliefTimer(
      stored({
        active: { status: 'running', kind: 'heat', durationMs: 90 * MIN, endsAt: NOW + 500 * MIN },
        lastColdEndedAt: NOW + 60 * MIN,
        lastHeatEndedAt: -5,
        minutes: { heat: 300, cold: 'ten' },
      }),
      NOW,
      LIMITS,
    );
    expect(s.active).toEqual({ status: 'running', kind: 'heat', durationMs: 20 * MIN, endsAt: NOW + 20 * MIN });
    expect(s.lastColdEndedAt).toBe(NOW);
    expect(s.lastHeatEndedAt).toBeNull();
    expect(s.minutes).toEqual({ heat: 20, cold: 15 });
  });

  it('clamps a paused session and drops sessions that cannot be read', () => {
    const paused = (pausedRemainingMs: unknown) =>
      restoreReliefTimer(
        stored({ active: { status: 'paused', kind: 'cold', durationMs: 10 * MIN, pausedRemainingMs } }),
        NOW,
        LIMITS,
      ).active;
    expect(paused(30 * MIN)).toEqual({
      status: 'paused',
      kind: 'cold',
      durationMs: 10 * MIN,
      pausedRemainingMs: 10 * MIN,
    });
    expect(paused(-1)?.status).toBe('done');
    expect(paused('soon')).toBeNull();
    for (const active of [
      { status: 'running', kind: 'sauna', durationMs: MIN, endsAt: NOW },
      { status: 'running', kind: 'heat', durationMs: 0, endsAt: NOW },
      { status: 'running', kind: 'heat', durationMs: MIN },
      { status: 'done', kind: 'heat', durationMs: MIN, endedAt: 'yesterday' },
      { status: 'sleeping', kind: 'heat', durationMs: MIN },
      'running',
    ])
      expect(restoreReliefTimer(stored({ active }), NOW, LIMITS).active).toBeNull();
  });

  it('forgets a finished session after a while, but not the rest interval', () => {
    const endedAt = NOW - DONE_FORGET_MS - 1;
    const s = restoreReliefTimer(
      stored({ active: { status: 'done', kind: 'cold', durationMs: MIN, endedAt }, lastColdEndedAt: endedAt }),
      NOW,
      LIMITS,
    );
    expect(s.active).toBeNull();
    expect(s.lastColdEndedAt).toBe(endedAt);
    const recent = restoreReliefTimer(
      stored({ active: { status: 'done', kind: 'cold', durationMs: MIN, endedAt: NOW + MIN } }),
      NOW,
      LIMITS,
    );
    expect(recent.active).toEqual({ status: 'done', kind: 'cold', durationMs: MIN, endedAt: NOW });
  });
});
