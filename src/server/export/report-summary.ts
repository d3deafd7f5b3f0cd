// What the clinician report says, computed from an account's data: the latest check, the current
// episode and its course, the pain and weekly PEG series, what helped, and the check-ins that
// escalated. Pure (the day comes in as `today`). The escalations use the engine's
// diaryEscalation, exactly as the check-in route does; "what helped" is the engine's whatHelps,
// exactly as the app's "What helps me" card shows it; the PEG score is the engine's pegScore.

import type { Assessment, CheckinAnswers, JudgedCheckin, ReliefRating, SavedCheck, WhatHelps } from '#engine';
import {
  addDays,
  daysBetween,
  diaryEscalation,
  localDateIn,
  pegScore,
  rankOf,
  runStart,
  savedCheckFor,
  whatHelps,
} from '#engine';
import {
  DIARY_RULES,
  type Disposition,
  FINDING_CODES,
  type FindingCode,
  PLAN_CODES,
  PLAN_ITEMS,
  QUESTIONS,
} from '#knowledge';
import type { AccountData, CheckinRecord, CheckRecord } from './account-data.ts';

export type PegLine = {
  readonly date: string;
  readonly score: number;
  readonly pain: number;
  readonly enjoyment: number;
  readonly activity: number;
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
  /** Weekly PEG scores in the chart's window, oldest first. */
  readonly peg: readonly { readonly date: string; readonly value: number }[];
  /** The latest PEG answer (any date), and the first in the window for its change. */
  readonly latestPeg?: PegLine;
  readonly firstPegInWindow?: PegLine;
  readonly totals: {
    readonly episodes: number;
    readonly checkins: number;
    readonly checks: number;
    readonly pegs: number;
    readonly firstDate?: string;
    readonly episodesInWindow: number;
    readonly checkinsInWindow: number;
    readonly meanPainInWindow?: number;
    readonly meanIntensityInWindow?: number;
  };
  /** The engine's "what helps me", as the app shows it. */
  readonly helps: WhatHelps;
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

const isPlanCode = (v: string): v is ReliefRating['method'] => (PLAN_CODES as readonly string[]).includes(v);

/** The engine's whatHelps over the stored episodes and checks (methods are plan codes when stored). */
export function whatHelpsIn(data: AccountData): WhatHelps {
  const episodes = data.episodes.map((e) => ({
    reliefTried: e.reliefTried.flatMap((r) => (isPlanCode(r.method) ? [{ method: r.method, helped: r.helped }] : [])),
  }));
  return whatHelps(episodes, data.checks);
}

const pegLine = (p: AccountData['pegs'][number]): PegLine => ({
  date: p.date,
  score: pegScore(p),
  pain: p.pain,
  enjoyment: p.enjoyment,
  activity: p.activity,
});

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
  const pegsInWindow = data.pegs.filter((p) => p.date >= from && p.date <= today).map(pegLine);
  const lastPeg = data.pegs.at(-1);
  return {
    today,
    ...(latestCheck ? { latestCheck } : {}),
    ...(episode ? { episode } : {}),
    from,
    pain: inWindow.map((c) => ({ date: c.date, value: c.painAverage })),
    spasms: episodesInWindow.map((e) => ({ date: e.localDate, value: e.intensity })),
    peg: pegsInWindow.map((p) => ({ date: p.date, value: p.score })),
    ...(lastPeg ? { latestPeg: pegLine(lastPeg) } : {}),
    ...(pegsInWindow[0] ? { firstPegInWindow: pegsInWindow[0] } : {}),
    totals: {
      episodes: data.episodes.length,
      checkins: all.length,
      checks: data.checks.length,
      pegs: data.pegs.length,
      ...firstDate(data),
      episodesInWindow: episodesInWindow.length,
      checkinsInWindow: inWindow.length,
      ...(inWindow.length ? { meanPainInWindow: mean(inWindow.map((c) => c.painAverage)) } : {}),
      ...(episodesInWindow.length ? { meanIntensityInWindow: mean(episodesInWindow.map((e) => e.intensity)) } : {}),
    },
    helps: whatHelpsIn(data),
    escalations: escalations.slice(-MAX_ESCALATIONS),
    checks: [...data.checks].reverse().map((c) => {
      const a = c.assessment as Assessment;
      return { date: c.completedAt.slice(0, 10), disposition: a.disposition, flags: a.redFlags.length };
    }),
  };
}

function firstDate(data: AccountData): { firstDate?: string } {
  const dates = [
    data.episodes[0]?.localDate,
    data.checkins[0]?.date,
    data.checks[0]?.completedAt.slice(0, 10),
    data.pegs[0]?.date,
  ];
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
