// Banner titles for the trends page: what the latest check-in's escalation asks, in plain words.
import type { Escalation } from '../diary/types.ts';

/** A banner title in plain words for an escalation. */
export function bannerTitle(e: Escalation): string {
  if (e.disposition === 'emergency') return 'Your latest check-in has an emergency warning sign: call now';
  if (e.disposition === 'urgent') return 'Speak to a doctor today';
  if (e.reasons.some((r) => r.rule === 'rule/not-improving-4-weeks'))
    return 'Not improving after 4 weeks: book a doctor';
  if (e.reasons.some((r) => r.rule === 'rule/leg-pain-6-weeks')) return 'Leg pain after 6 weeks: book a doctor';
  if (e.reasons.some((r) => r.rule === 'rule/chronic')) return 'Pain for more than 12 weeks: book a doctor';
  return 'Book a doctor';
}
