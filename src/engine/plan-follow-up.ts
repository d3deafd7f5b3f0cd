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
  // The next see-doctor day still ahead in this episode (none once it is long-standing).
  const ahead = seeDoctor.filter((day) => day > facts.numbers.onsetDaysAgo);
  return {
    // At most a week, whatever the catalogue says (reference §6: review at 7–14 days).
    reviewInDays: bySeeing ? 0 : Math.min(7, ...review),
    seeDoctorIfNotBetterByDay: bySeeing || ahead.length === 0 ? null : Math.min(...ahead),
    notes: rules.map((r) => r.text),
    sources: [...new Set(rules.flatMap((r) => r.sources))],
  };
}
