// Banner titles for the trends page: what the latest check-in's escalation asks, from the
// knowledge base (the disposition's diary title, or the title of the timing rule that was met).
import { DISPOSITION_RULES, DISPOSITION_TEXT } from '#knowledge';
import type { Escalation } from '../diary/types.ts';

/** A banner title in plain words for an escalation. */
export function bannerTitle(e: Escalation): string {
  if (e.disposition === 'emergency' || e.disposition === 'urgent') return DISPOSITION_TEXT[e.disposition].diaryTitle;
  for (const reason of e.reasons) {
    const title = DISPOSITION_RULES.find((r) => r.id === reason.rule)?.diaryTitle;
    if (title) return title;
  }
  return DISPOSITION_TEXT[e.disposition].diaryTitle;
}
