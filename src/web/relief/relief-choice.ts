// Which relief tools the relief page offers: with a last check, only what its plan holds (the
// plan policy has already withheld what is unsafe for this person); without one, everything.
import type { Exercise, PlanCode } from '#knowledge';
import type { ReliefKind } from './timer-state.ts';

export type ReliefChoice = {
  readonly timers: readonly ReliefKind[];
  readonly exercises: readonly Exercise[];
  /** True when a plan chose them. */
  readonly fromPlan: boolean;
};

export function chooseRelief(
  plan: readonly PlanCode[] | null,
  exercises: readonly Exercise[],
  kinds: readonly ReliefKind[] = ['heat', 'cold'],
): ReliefChoice {
  if (!plan) return { timers: kinds, exercises, fromPlan: false };
  return {
    timers: kinds.filter((k) => plan.includes(k)),
    exercises: exercises.filter((e) => plan.includes(e.planCode)),
    fromPlan: true,
  };
}
