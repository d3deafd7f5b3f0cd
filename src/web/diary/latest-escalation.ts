// The escalation for the latest check-in, read exactly as the server reads it when the check-in
// is saved: the engine's diaryEscalation, in the check-in's own time zone, with the saved check
// completed last by the end of that day (else the first check-in of the latest run).
import { diaryEscalation, type EpisodeStartSource, savedCheckFor } from '#engine';
import { FINDING_CODES, type FindingCode } from '#knowledge';
import type { Checkin, Escalation } from './types.ts';

/** A GET /api/assessments item, only the parts used here. */
export type StoredCheck = { completedAt: string; intake: unknown };

const isFinding = (c: string): c is FindingCode => (FINDING_CODES as readonly string[]).includes(c);
const answers = (c: Checkin) => ({
  date: c.date,
  painAverage: c.painAverage,
  gettingBetter: c.gettingBetter,
  findings: c.findings.filter(isFinding),
  unsure: c.unsure.filter(isFinding),
});

export type LatestEscalation = {
  checkin: Checkin;
  escalation: Escalation;
  /** Where the episode's start came from: the saved check, or the first check-in of the run. */
  startFrom: EpisodeStartSource;
  episodeStart: string;
};

/** For the newest check-in, given the check-ins (any order) and the saved checks (any order). */
export function latestEscalation(
  checkins: readonly Checkin[],
  checks: readonly StoredCheck[],
): LatestEscalation | null {
  const [latest, ...earlier] = [...checkins].sort((a, b) => b.date.localeCompare(a.date));
  if (!latest) return null;
  const { escalation, startFrom, episodeStart } = diaryEscalation(
    { ...answers(latest), timeZone: latest.timeZone },
    earlier.map(answers),
    savedCheckFor(checks, latest.date, latest.timeZone),
  );
  return { checkin: latest, escalation, startFrom, episodeStart };
}
