import { useCallback, useEffect, useState } from 'react';
import { loadReliefTimer, RELIEF_TIMER_KEY, saveReliefTimer } from '../storage/relief-timer.ts';
import type { ReliefLimitsByKind, ReliefState } from './timer-state.ts';

export type ReliefAction = (state: ReliefState, now: number) => ReliefState;

/**
 * The heat/cold timer state, loaded from storage (repaired, with the remaining time worked out
 * from the clock), saved on every change and kept in step with other tabs.
 */
export function useReliefTimer(limits: ReliefLimitsByKind): [ReliefState, (action: ReliefAction) => void] {
  const [state, setState] = useState(() => loadReliefTimer(Date.now(), limits));
  useEffect(() => saveReliefTimer(state), [state]);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === RELIEF_TIMER_KEY) setState(loadReliefTimer(Date.now(), limits));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [limits]);
  const act = useCallback((action: ReliefAction) => setState((s) => action(s, Date.now())), []);
  return [state, act];
}
