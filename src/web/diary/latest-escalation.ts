// The escalation for the latest check-in, worked out as the server does (escalateCheckin with
// the latest saved check's age, sex and episode start, and the previous check-in's red flags).
import { daysBetween, type EscalationContext, escalateCheckin } from '#engine';
import { FINDING_CODES, type FindingCode, type Sex } from '#knowledge';
import { localDate } from './local-time.ts';
import type { Checkin, Escalation } from './types.ts';

/** GET /api/assessments item, only the parts used here. */
export type StoredCheck = { createdAt: string; intake: unknown };

const isFinding = (c: string): c is FindingCode => (FINDING_CODES as readonly string[]).includes(c);
const answers = (c: Checkin) => ({
  date: c.date,
  painAverage: c.painAverage,
  gettingBetter: c.gettingBetter,
  findings: c.findings.filter(isFinding),
  unsure: c.unsure.filter(isFinding),
});

function intakeFacts(intake: unknown): { age?: number; sex?: Sex; onsetDaysAgo?: number } {
  if (typeof intake !== 'object' || intake === null) return {};
  const i: Record<string, unknown> = { ...intake };
  return {
    ...(typeof i.age === 'number' ? { age: i.age } : {}),
    ...(i.sex === 'female' || i.sex === 'male' || i.sex === 'other' ? { sex: i.sex } : {}),
    ...(typeof i.onsetDaysAgo === 'number' ? { onsetDaysAgo: i.onsetDaysAgo } : {}),
  };
}

export type LatestEscalation = {
  checkin: Checkin;
  escalation: Escalation;
  /** Where the episode's start came from: the saved check, the first check-in shown, or unknown. */
  startFrom: 'check' | 'first-checkin' | null;
  episodeStart: string | undefined;
};

/** A gap between check-ins longer than this ends a run of check-ins (taken as one episode). */
export const RUN_GAP_DAYS = 14;

/** The first day of the latest unbroken run of check-ins (newest first in, YYYY-MM-DD out). */
export function runStart(newestFirst: readonly Pick<Checkin, 'date'>[]): string | undefined {
  let start = newestFirst[0]?.date;
  for (const c of newestFirst.slice(1)) {
    if (!start || daysBetween(c.date, start) > RUN_GAP_DAYS) break;
    start = c.date;
  }
  return start;
}

/**
 * For the newest check-in. Without a saved check the episode is taken to have begun by the first
 * check-in of the latest run (the stricter reading: a diary kept for 4 weeks without
 * improvement should prompt a review).
 */
export function latestEscalation(checkins: readonly Checkin[], check: StoredCheck | null): LatestEscalation | null {
  const sorted = [...checkins].sort((a, b) => b.date.localeCompare(a.date));
  const [latest, previous] = sorted;
  if (!latest) return null;
  const facts = check ? intakeFacts(check.intake) : {};
  let episodeStart: string | undefined;
  let startFrom: LatestEscalation['startFrom'] = null;
  if (check && facts.onsetDaysAgo !== undefined) {
    episodeStart = localDate(new Date(Date.parse(check.createdAt) - facts.onsetDaysAgo * 86_400_000));
    startFrom = 'check';
  } else {
    episodeStart = runStart(sorted);
    startFrom = episodeStart ? 'first-checkin' : null;
  }
  const base: EscalationContext = { age: facts.age, sex: facts.sex, episodeStart };
  const previousRedFlags = previous ? escalateCheckin(answers(previous), base).redFlags.map((f) => f.code) : [];
  return {
    checkin: latest,
    escalation: escalateCheckin(answers(latest), { ...base, previousRedFlags }),
    startFrom,
    episodeStart,
  };
}
