// What the clinician report says, computed from an account's data: the latest check, the current
// episode and its course, the pain series, what helped, and the check-ins that escalated. Pure
// (the day comes in as `today`). The escalations use the engine's diaryEscalation, exactly as the
// check-in route does. "What helped" is a stop-gap until the engine's diary analytics land
// (src/engine/diary/analytics.ts); swap `whatHelped` for it then.

import type { Assessment, CheckinAnswers, JudgedCheckin, SavedCheck } from '#engine';
import { addDays, daysBetween, diaryEscalation, localDateIn, rankOf, runStart, savedCheckFor } from '#engine';
import { DIARY_RULES, type Disposition, FINDING_CODES, type FindingCode, PLAN_ITEMS, QUESTIONS } from '#knowledge';
import type { AccountData, CheckinRecord, CheckRecord } from './account-data.ts';

export type MethodSummary = {
  readonly method: string;
  readonly title: string;
  readonly tried: number;
  /** Times it helped "quite a lot" or "a lot" (2 or 3 on the 0–3 scale). */
  readonly helpedWell: number;
  /** Mean of the 0–3 ratings. */
  readonly meanHelped: number;
  /** Wilson 95 % interval for the share that helped well. */
  readonly low: number;
  readonly high: number;
};

export type EscalationLine = {
  readonly date: string;
  readonly disposition: Disposition;
  readonly text: string;
};

export type ReportSummary = {
  readonly today: string;
  readonly latestCheck?: {
    readonly completedAt: string;
    readonly age?: number;
    readonly sex?: string;
    readonly onsetDaysAgo?: number;
    readonly assessment: Assessment;
    readonly knowledgeVersion: string;
  };
  readonly episode?: {
    /** The current episode: the latest run of check-ins, dated by the latest check if it can. */
    readonly start: string;
    readonly days: number;
    readonly checkins: number;
    readonly firstPain: number;
    readonly latestPain: number;
    readonly meanPain: number;
    readonly maxPain: number;
    readonly betterShare: number;
    readonly spasms: number;
    readonly latestDisposition: Disposition;
    readonly latestReasons: readonly string[];
    readonly latestDate: string;
  };
  /** The chart's window: check-in pain and episode intensity over the last year. */
  readonly from: string;
  readonly pain: readonly { readonly date: string; readonly value: number }[];
  readonly spasms: readonly { readonly date: string; readonly value: number }[];
  readonly totals: {
    readonly episodes: number;
    readonly checkins: number;
    readonly checks: number;
    readonly firstDate?: string;
    readonly episodesInWindow: number;
    readonly checkinsInWindow: number;
    readonly meanPainInWindow?: number;
    readonly meanIntensityInWindow?: number;
  };
  readonly methods: readonly MethodSummary[];
  readonly escalations: readonly EscalationLine[];
  /** Saved checks, newest first. */
  readonly checks: readonly { readonly date: string; readonly disposition: Disposition; readonly flags: number }[];
};

const isFinding = (v: string): v is FindingCode => (FINDING_CODES as readonly string[]).includes(v);
const answersOf = (c: CheckinRecord): CheckinAnswers => ({
  date: c.date,
  painAverage: c.painAverage,
  gettingBetter: c.gettingBetter,
  findings: c.findings.filter(isFinding),
  unsure: c.unsure.filter(isFinding),
});
const savedOf = (c: CheckRecord): SavedCheck => ({ completedAt: c.completedAt, intake: c.intake });
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

const PLAN_TITLES = new Map<string, string>(PLAN_ITEMS.map((p) => [p.code, p.title]));
const FINDING_LABELS = new Map<string, string>(
  QUESTIONS.flatMap((q) => (q.kind === 'finding' ? [[q.code, q.label]] : [])),
);
/** Plain words for a finding code (the check's own label), for the report. */
export const findingLabel = (code: string): string => FINDING_LABELS.get(code) ?? code.replaceAll('_', ' ');
export const methodTitle = (code: string): string => PLAN_TITLES.get(code) ?? code.replaceAll('_', ' ');

/** Wilson score interval (95 %) for k successes in n. */
export function wilson(k: number, n: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const z = 1.959964;
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Each method tried in any episode: how often, and how well it helped; best first. */
export function whatHelped(data: AccountData): MethodSummary[] {
  const ratings = new Map<string, number[]>();
  for (const e of data.episodes) {
    for (const r of e.reliefTried) ratings.set(r.method, [...(ratings.get(r.method) ?? []), r.helped]);
  }
  return [...ratings]
    .map(([method, xs]) => {
      const helpedWell = xs.filter((x) => x >= 2).length;
      return {
        method,
        title: methodTitle(method),
        tried: xs.length,
        helpedWell,
        meanHelped: mean(xs),
        ...wilson(helpedWell, xs.length),
      };
    })
    .sort((a, b) => b.meanHelped - a.meanHelped || b.tried - a.tried || a.method.localeCompare(b.method));
}

const MAX_ESCALATIONS = 6;

const firstSentence = (text: string) => {
  const end = text.search(/[.!?](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
};

/**
 * The engine's savedCheckFor, with each check's local day worked out once per time zone rather
 * than once per check-in (the choice is the same: the last completed by the end of that day).
 */
function savedChecks(checks: readonly SavedCheck[]): (date: string, timeZone: string) => SavedCheck | null {
  const days = new Map<string, string[]>();
  return (date, timeZone) => {
    let local = days.get(timeZone);
    if (!local) {
      local = checks.map((c) => localDateIn(c.completedAt, timeZone));
      days.set(timeZone, local);
    }
    const candidates = checks.filter((_, i) => ((local as string[])[i] as string) <= date);
    return savedCheckFor(candidates, date, timeZone);
  };
}

/** For each check-in (oldest first), the index of the earliest one within the run gap of it. */
function earliestWithinGap(all: readonly CheckinRecord[]): number[] {
  const reach: number[] = [];
  let k = 0;
  for (let j = 0; j < all.length; j++) {
    const date = (all[j] as CheckinRecord).date;
    while (daysBetween((all[k] as CheckinRecord).date, date) > DIARY_RULES.runGap.days) k++;
    reach.push(k);
  }
  return reach;
}

/**
 * The earlier check-ins diaryEscalation needs for check-in i, newest first: the previous one (its
 * red flags), then a chain back to the start of the run with no gap longer than the run gap, so
 * the engine finds the same run start as from every check-in, at a fraction of the cost.
 */
function runChain(answers: readonly CheckinAnswers[], reach: readonly number[], i: number): CheckinAnswers[] {
  const chain: CheckinAnswers[] = [];
  let j = i - 1;
  while (j >= 0) {
    chain.push(answers[j] as CheckinAnswers);
    const k = reach[j] as number;
    if (k === j) break;
    j = k;
  }
  return chain;
}

export function summarizeReport(data: AccountData, today: string): ReportSummary {
  const from = addDays(today, -364);
  const lastCheck = data.checks.at(-1);
  const latestCheck = lastCheck ? checkSummary(lastCheck) : undefined;
  const checkFor = savedChecks(data.checks.map(savedOf));

  // Escalations over the window, each judged by the engine's diaryEscalation as the check-in
  // route judged it (earlier: see runChain).
  const all = data.checkins;
  const answers = all.map(answersOf);
  const reach = earliestWithinGap(all);
  const escalations: EscalationLine[] = [];
  let previousLevel: Disposition = 'self_care';
  const lastAt = new Map<Disposition, string>();
  let latest: ReturnType<typeof diaryEscalation> | undefined;
  for (let i = 0; i < all.length; i++) {
    const c = all[i] as CheckinRecord;
    if (c.date < from && i < all.length - 1) continue;
    const judged: JudgedCheckin = { ...(answers[i] as CheckinAnswers), timeZone: c.timeZone };
    const result = diaryEscalation(judged, runChain(answers, reach, i), checkFor(c.date, c.timeZone));
    latest = result;
    const level = result.escalation.disposition;
    // A rise in level, or a new red flag; a level that comes and goes within a run gap is one line.
    const recent = lastAt.get(level);
    const repeat = recent !== undefined && daysBetween(recent, c.date) <= DIARY_RULES.runGap.days;
    if (level !== 'self_care') lastAt.set(level, c.date);
    const rise = rankOf(level) > rankOf(previousLevel) && !repeat;
    if (c.date >= from && (rise || result.escalation.newRedFlags.length > 0)) {
      escalations.push({
        date: c.date,
        disposition: level,
        text: firstSentence(result.escalation.reasons[0]?.text ?? ''),
      });
    }
    previousLevel = level;
  }

  const newestFirst = [...all].reverse();
  const start = runStart(newestFirst);
  const lastCheckin = all.at(-1);
  let episode: ReportSummary['episode'];
  if (start && lastCheckin && latest) {
    const run = all.filter((c) => c.date >= start);
    const pains = run.map((c) => c.painAverage);
    const episodeStart = latest.episodeStart < start ? latest.episodeStart : start;
    episode = {
      start: episodeStart,
      days: daysBetween(episodeStart, lastCheckin.date) + 1,
      checkins: run.length,
      firstPain: pains[0] ?? 0,
      latestPain: lastCheckin.painAverage,
      meanPain: mean(pains),
      maxPain: Math.max(...pains),
      betterShare: run.filter((c) => c.gettingBetter).length / run.length,
      spasms: data.episodes.filter((e) => e.localDate >= episodeStart).length,
      latestDisposition: latest.escalation.disposition,
      latestReasons: latest.escalation.reasons.map((r) => r.text),
      latestDate: lastCheckin.date,
    };
  }

  const inWindow = all.filter((c) => c.date >= from && c.date <= today);
  const episodesInWindow = data.episodes.filter((e) => e.localDate >= from && e.localDate <= today);
  return {
    today,
    ...(latestCheck ? { latestCheck } : {}),
    ...(episode ? { episode } : {}),
    from,
    pain: inWindow.map((c) => ({ date: c.date, value: c.painAverage })),
    spasms: episodesInWindow.map((e) => ({ date: e.localDate, value: e.intensity })),
    totals: {
      episodes: data.episodes.length,
      checkins: all.length,
      checks: data.checks.length,
      ...firstDate(data),
      episodesInWindow: episodesInWindow.length,
      checkinsInWindow: inWindow.length,
      ...(inWindow.length ? { meanPainInWindow: mean(inWindow.map((c) => c.painAverage)) } : {}),
      ...(episodesInWindow.length ? { meanIntensityInWindow: mean(episodesInWindow.map((e) => e.intensity)) } : {}),
    },
    methods: whatHelped(data),
    escalations: escalations.slice(-MAX_ESCALATIONS),
    checks: [...data.checks].reverse().map((c) => {
      const a = c.assessment as Assessment;
      return { date: c.completedAt.slice(0, 10), disposition: a.disposition, flags: a.redFlags.length };
    }),
  };
}

function firstDate(data: AccountData): { firstDate?: string } {
  const dates = [data.episodes[0]?.localDate, data.checkins[0]?.date, data.checks[0]?.completedAt.slice(0, 10)];
  const known = dates.filter((d): d is string => d !== undefined).sort();
  return known[0] ? { firstDate: known[0] } : {};
}

function checkSummary(check: CheckRecord): NonNullable<ReportSummary['latestCheck']> {
  const intake = (check.intake ?? {}) as { age?: number; sex?: string; onsetDaysAgo?: number };
  return {
    completedAt: check.completedAt,
    ...(intake.age !== undefined ? { age: intake.age } : {}),
    ...(intake.sex !== undefined ? { sex: intake.sex } : {}),
    ...(intake.onsetDaysAgo !== undefined ? { onsetDaysAgo: intake.onsetDaysAgo } : {}),
    assessment: check.assessment as Assessment,
    knowledgeVersion: check.knowledgeVersion,
  };
}
