// Reference §6 follow-up: when to check again, and when to see a doctor if not improving.
import type { Disposition, Knowledge } from '#knowledge';
import { isTrue } from './evaluate-expr.ts';
import type { Facts } from './facts.ts';
import type { FollowUp } from './types.ts';

export function planFollowUp(
  disposition: Disposition,
  facts: Facts,
  knowledge: Pick<Knowledge, 'followUpRules'>,
): FollowUp {
  const rules = knowledge.followUpRules.filter((r) => !r.appliesWhen || isTrue(r.appliesWhen, facts));
  const days = (kind: 'review' | 'see-doctor') => rules.flatMap((r) => (r.kind === kind ? [r.day] : []));
  const review = days('review');
  const seeDoctor = days('see-doctor');
  const bySeeing = disposition === 'emergency' || disposition === 'urgent';
  return {
    reviewInDays: bySeeing ? 0 : Math.min(7, ...review),
    seeDoctorIfNotBetterByDay: bySeeing || seeDoctor.length === 0 ? null : Math.min(...seeDoctor),
    notes: rules.map((r) => r.text),
    sources: [...new Set(rules.flatMap((r) => r.sources))],
  };
}
