// Every diary check-in re-runs the red-flag screen and the follow-up rules (ARCHITECTURE
// "Escalation"): a new red flag or a met "see a doctor" rule is reported at once, with reasons.
import {
  CORE_KNOWLEDGE,
  type Disposition,
  type FindingCode,
  type Knowledge,
  type RedFlagCode,
  type Sex,
} from '#knowledge';
import { assess } from '../assess.ts';
import type { Reason, RedFlagResult } from '../types.ts';

export type CheckinAnswers = {
  /** Local calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly painAverage: number;
  readonly gettingBetter: boolean;
  readonly findings: readonly FindingCode[];
  readonly unsure: readonly FindingCode[];
};

export type EscalationContext = {
  /** From the person's latest check; unknown ages use the least alarming adult reading. */
  readonly age?: number | undefined;
  readonly sex?: Sex | undefined;
  /** Local date the episode began (YYYY-MM-DD), if known. */
  readonly episodeStart?: string | undefined;
  /** Red flags the previous check-in already reported. */
  readonly previousRedFlags?: readonly RedFlagCode[] | undefined;
};

export type Escalation = {
  readonly disposition: Disposition;
  readonly redFlags: readonly RedFlagResult[];
  /** Red flags not reported by the previous check-in. */
  readonly newRedFlags: readonly RedFlagCode[];
  /** Why, for every rule that asks for more than self-care. */
  readonly reasons: readonly Reason[];
  readonly dayOfEpisode: number;
};

const DAY_MS = 86_400_000;
/** Whole days from one local date to another (both YYYY-MM-DD); no clock is read. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function escalateCheckin(
  checkin: CheckinAnswers,
  context: EscalationContext,
  knowledge: Knowledge = CORE_KNOWLEDGE,
): Escalation {
  const dayOfEpisode = Math.max(0, context.episodeStart ? daysBetween(context.episodeStart, checkin.date) : 0);
  const findings: FindingCode[] = checkin.findings.filter((c) => c !== 'getting_better');
  const assessment = assess(
    {
      age: context.age ?? 30,
      sex: context.sex,
      onsetDaysAgo: dayOfEpisode,
      painNow: checkin.painAverage,
      findings: checkin.gettingBetter ? [...findings, 'getting_better'] : findings,
      unsure: checkin.unsure.filter((c) => !findings.includes(c) && c !== 'getting_better'),
    },
    knowledge,
  );
  const previous = new Set(context.previousRedFlags ?? []);
  return {
    disposition: assessment.disposition,
    redFlags: assessment.redFlags,
    newRedFlags: assessment.redFlags.map((f) => f.code).filter((c) => !previous.has(c)),
    reasons: assessment.reasons.filter((r) => r.level !== null && r.level !== 'self_care'),
    dayOfEpisode,
  };
}
