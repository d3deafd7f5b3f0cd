// The one reading of a diary check-in's "see a doctor" context, used by the server when a
// check-in is saved and by the web's trends banner, so the two never disagree. Age, sex and the
// episode's start come from the latest saved check completed by the end of the check-in's local
// day; without one, the episode is taken to have begun by the first check-in of the latest run
// (the stricter reading). Local dates are in the check-in's own time zone.
import { CORE_KNOWLEDGE, DIARY_RULES, type DiaryRules, type Knowledge, SEXES, type Sex } from '#knowledge';
import {
  type CheckinAnswers,
  daysBetween,
  type Escalation,
  type EscalationContext,
  escalateCheckin,
} from './escalate-checkin.ts';
import { addDays, localDateIn } from './local-date.ts';

/** The check-in being judged, with the IANA time zone its date is local to. */
export type JudgedCheckin = CheckinAnswers & { readonly timeZone: string };

/** A saved check as stored: when it was completed (ISO instant) and its intake. */
export type SavedCheck = {
  readonly completedAt: string;
  /** Read tolerantly (it comes from storage): only age, sex and onsetDaysAgo are used. */
  readonly intake: unknown;
};

export type EpisodeStartSource = 'check' | 'first-checkin';

export type DiaryEscalation = {
  readonly context: EscalationContext;
  readonly escalation: Escalation;
  /** Local date (YYYY-MM-DD) the episode is taken to have begun. */
  readonly episodeStart: string;
  readonly startFrom: EpisodeStartSource;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isSex = (v: unknown): v is Sex => (SEXES as readonly unknown[]).includes(v);
const isDays = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function intakeFacts(intake: unknown): { age?: number; sex?: Sex; onsetDaysAgo?: number } {
  if (!isRecord(intake)) return {};
  return {
    ...(isDays(intake.age) ? { age: intake.age } : {}),
    ...(isSex(intake.sex) ? { sex: intake.sex } : {}),
    ...(isDays(intake.onsetDaysAgo) ? { onsetDaysAgo: intake.onsetDaysAgo } : {}),
  };
}

/** True when `check` was completed on or before local day `date` in `timeZone`. */
const completedBy = (check: SavedCheck, date: string, timeZone: string) =>
  localDateIn(check.completedAt, timeZone) <= date;

/**
 * The saved check that applies to a check-in on local day `date` in `timeZone`: the one
 * completed last on or before the end of that day, or null. `checks` may be in any order.
 */
export function savedCheckFor(checks: readonly SavedCheck[], date: string, timeZone: string): SavedCheck | null {
  let found: SavedCheck | null = null;
  for (const check of checks) {
    if (!completedBy(check, date, timeZone)) continue;
    if (!found || Date.parse(check.completedAt) > Date.parse(found.completedAt)) found = check;
  }
  return found;
}

/**
 * Onsets are counted back at most this far (about 270 years): the contract allows any whole
 * number, but a date that far back is already older than any rule's threshold, and further back
 * than Date can count (e.g. 9007199254740991 days) there would be no date at all.
 */
const MAX_ONSET_DAYS = 100_000;

/** The local date the check dates the episode's start to (its day minus onsetDaysAgo), if it does. */
export function checkEpisodeStart(check: SavedCheck | null, timeZone: string): string | undefined {
  if (!check) return undefined;
  const onset = intakeFacts(check.intake).onsetDaysAgo;
  return onset === undefined
    ? undefined
    : addDays(localDateIn(check.completedAt, timeZone), -Math.min(onset, MAX_ONSET_DAYS));
}

/**
 * The first day of the latest unbroken run of check-ins: a gap of more than `gapDays` between
 * two consecutive check-ins ends a run. Newest first in; undefined for none.
 */
export function runStart(
  newestFirst: readonly Pick<CheckinAnswers, 'date'>[],
  gapDays: number = DIARY_RULES.runGap.days,
): string | undefined {
  const [latest, ...rest] = newestFirst;
  return latest ? runStartFrom(latest.date, rest, gapDays) : undefined;
}

function runStartFrom(latest: string, earlierNewestFirst: readonly Pick<CheckinAnswers, 'date'>[], gapDays: number) {
  let start = latest;
  for (const c of earlierNewestFirst) {
    if (daysBetween(c.date, start) > gapDays) break;
    start = c.date;
  }
  return start;
}

/**
 * The escalation for `checkin`. `earlier` holds the check-ins before it (any order; later ones
 * are ignored): the newest gives the red flags already reported, and without a check that dates
 * the episode they must reach back to the start of the latest run. `check` is the latest saved
 * check completed by the end of the check-in's local day (see savedCheckFor); a later one is
 * ignored.
 */
export function diaryEscalation(
  checkin: JudgedCheckin,
  earlier: readonly CheckinAnswers[],
  check: SavedCheck | null,
  knowledge: Knowledge = CORE_KNOWLEDGE,
  rules: DiaryRules = DIARY_RULES,
): DiaryEscalation {
  const applies = check && completedBy(check, checkin.date, checkin.timeZone) ? check : null;
  const before = earlier.filter((c) => c.date < checkin.date).sort((a, b) => b.date.localeCompare(a.date));
  const facts = applies ? intakeFacts(applies.intake) : {};
  const fromCheck = checkEpisodeStart(applies, checkin.timeZone);
  const episodeStart = fromCheck ?? runStartFrom(checkin.date, before, rules.runGap.days);
  const base: EscalationContext = { age: facts.age, sex: facts.sex, episodeStart };
  const [previous] = before;
  const previousRedFlags = previous ? escalateCheckin(previous, base, knowledge).redFlags.map((f) => f.code) : [];
  const context: EscalationContext = { ...base, previousRedFlags };
  return {
    context,
    escalation: escalateCheckin(checkin, context, knowledge),
    episodeStart,
    startFrom: fromCheck === undefined ? 'first-checkin' : 'check',
  };
}
