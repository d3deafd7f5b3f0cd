// "What helps me": for each relief method the person logged, how often they used it and how much
// it helped by their own ratings (mean and 95 % interval, from RELIEF_INSIGHT.minUses uses on),
// best first. A method their latest saved check advises against (its avoid list) or withheld (a
// plan item it left out; knowledge rules/relief-insight.ts) is never listed as helping.
import { type PlanCode, RELIEF_INSIGHT, type ReliefInsight } from '#knowledge';
import type { DiaryEpisode } from './diary-input.ts';
import { type Interval, type MeanEstimate, meanWithInterval } from './stats.ts';

/** A saved check as stored; its assessment is read tolerantly (plan and avoid codes only). */
export type StoredAssessment = { readonly completedAt: string; readonly assessment: unknown };

export type HelpfulMethod = {
  readonly method: PlanCode;
  readonly uses: number;
  /** Mean "helped" rating, 0 (not at all) to 3 (a lot). */
  readonly mean: number;
  /** 95 % interval of the mean, within 0–3. */
  readonly interval: Interval;
};

export type NotSuggested = {
  readonly method: PlanCode;
  readonly uses: number;
  readonly reason: 'avoid' | 'withheld';
  /** Plain words: the rule's text, then the check's own reason when it gives one. */
  readonly why: string;
};

export type WhatHelps = {
  /** Best first: by mean, then by the interval's lower end, then by uses. */
  readonly ranked: readonly HelpfulMethod[];
  /** Logged fewer than `minUses` times: only the count is shown. Most used first. */
  readonly tooFew: readonly { readonly method: PlanCode; readonly uses: number }[];
  readonly notSuggested: readonly NotSuggested[];
  readonly minUses: number;
  readonly note: string;
};

type Exclusion = { reason: 'avoid' | 'withheld'; why: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const entries = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/** What the latest check(s) rule out: a tie on completion time takes the union (stricter). */
export function exclusionsFrom(
  checks: readonly StoredAssessment[],
  insight: ReliefInsight = RELIEF_INSIGHT,
): Map<string, Exclusion> {
  const latest = checks.reduce((max, c) => Math.max(max, Date.parse(c.completedAt)), Number.NEGATIVE_INFINITY);
  const avoided = new Map<string, Set<string>>();
  const withheld = new Set<string>();
  for (const check of checks.filter((c) => Date.parse(c.completedAt) === latest)) {
    const a = isRecord(check.assessment) ? check.assessment : {};
    for (const entry of entries(a.avoid)) {
      if (typeof entry.code !== 'string') continue;
      const whys = avoided.get(entry.code) ?? new Set<string>();
      if (typeof entry.why === 'string' && entry.why !== '') whys.add(entry.why);
      avoided.set(entry.code, whys);
    }
    const plan = new Set(entries(a.plan).map((p) => p.code));
    for (const code of insight.withheldWhenAbsent) if (!plan.has(code)) withheld.add(code);
  }
  const out = new Map<string, Exclusion>();
  for (const [code, whys] of avoided)
    out.set(code, { reason: 'avoid', why: [insight.avoidText, ...[...whys].sort()].join(' ') });
  for (const code of withheld) if (!out.has(code)) out.set(code, { reason: 'withheld', why: insight.withheldText });
  return out;
}

/** Method codes are unique within each list, so they never compare equal. */
const compareText = (a: string, b: string) => (a < b ? -1 : 1);

export function whatHelps(
  episodes: readonly Pick<DiaryEpisode, 'reliefTried'>[],
  checks: readonly StoredAssessment[],
  insight: ReliefInsight = RELIEF_INSIGHT,
): WhatHelps {
  const ratings = new Map<PlanCode, number[]>();
  for (const e of episodes)
    for (const { method, helped } of e.reliefTried ?? []) {
      const list = ratings.get(method);
      if (list) list.push(helped);
      else ratings.set(method, [helped]);
    }
  const excluded = exclusionsFrom(checks, insight);
  const ranked: HelpfulMethod[] = [];
  const tooFew: { method: PlanCode; uses: number }[] = [];
  const notSuggested: NotSuggested[] = [];
  for (const [method, values] of ratings) {
    const uses = values.length;
    const exclusion = excluded.get(method);
    if (exclusion) notSuggested.push({ method, uses, ...exclusion });
    else if (uses < insight.minUses) tooFew.push({ method, uses });
    else {
      const estimate = meanWithInterval(values, insight.helped) as MeanEstimate;
      // minUses ≥ 2 gives an interval; a catalogue with minUses 1 shows a point as its own range.
      const interval = estimate.interval ?? [estimate.mean, estimate.mean];
      ranked.push({ method, uses, mean: estimate.mean, interval });
    }
  }
  ranked.sort(
    (a, b) => b.mean - a.mean || b.interval[0] - a.interval[0] || b.uses - a.uses || compareText(a.method, b.method),
  );
  tooFew.sort((a, b) => b.uses - a.uses || compareText(a.method, b.method));
  notSuggested.sort((a, b) => compareText(a.method, b.method));
  return { ranked, tooFew, notSuggested, minUses: insight.minUses, note: insight.note };
}
