// The knowledge the relief tools show: the heat and cold plan items with their timer limits, and
// the exercise cards. Imported only by the lazily loaded relief routes, so it never weighs on the
// check's first screen.
import { EXERCISES, type Exercise, PLAN_ITEMS, type PlanItem, type TimerSpec } from '#knowledge';
import type { ReliefKind, ReliefLimitsByKind } from './timer-state.ts';

export type ReliefItem = PlanItem & { readonly timer: TimerSpec };

function itemFor(kind: ReliefKind): ReliefItem | null {
  const item = PLAN_ITEMS.find((p) => p.code === kind);
  const timer = item?.timer;
  return item && timer?.kind === kind ? { ...item, timer } : null;
}

export const RELIEF_ITEMS: Readonly<Record<ReliefKind, ReliefItem | null>> = {
  heat: itemFor('heat'),
  cold: itemFor('cold'),
};

/** Both kinds' limits, or null if the knowledge base lacks a timer (knowledge tests forbid it). */
export const RELIEF_LIMITS: ReliefLimitsByKind | null =
  RELIEF_ITEMS.heat && RELIEF_ITEMS.cold ? { heat: RELIEF_ITEMS.heat.timer, cold: RELIEF_ITEMS.cold.timer } : null;

export function findExercise(id: string): Exercise | null {
  return EXERCISES.find((e) => e.id === id) ?? null;
}

export const ALL_EXERCISES: readonly Exercise[] = EXERCISES;
