// What to do in the next hour: the assessment's own plan items, in the order the knowledge base
// gives (NEXT_HOUR), at most its `max`. Never an item the plan does not hold.
import type { PlanEntry } from '#engine';
import { NEXT_HOUR, type PlanCode } from '#knowledge';

export function pickNextHour(
  plan: readonly PlanEntry[],
  rule: { readonly order: readonly PlanCode[]; readonly max: number } = NEXT_HOUR,
): PlanEntry[] {
  const picked: PlanEntry[] = [];
  for (const code of rule.order) {
    if (picked.length >= rule.max) break;
    const entry = plan.find((p) => p.code === code);
    if (entry) picked.push(entry);
  }
  return picked;
}

/** Where a plan item can be started at once: its timer or its exercise, or null. */
export function startLink(entry: PlanEntry): { href: string; label: string } | null {
  if (entry.timer)
    return {
      href: `/relief/${entry.timer.kind}`,
      label: entry.timer.kind === 'heat' ? 'Start heat timer' : 'Start cold timer',
    };
  if (entry.exercise)
    return { href: `/exercise/${entry.exercise.replace(/^exercise\//, '')}`, label: 'Start exercise' };
  return null;
}
