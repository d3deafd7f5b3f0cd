// Diary escalations across weeks (knowledge rules/diary-patterns.ts), beside the check-in's own
// escalation (escalation-context.ts): weekly pain clearly worse than the week before, and a new
// run of spasms after a quiet month. Each says why, with the person's own figures. Pure: "today"
// and the time zone are passed in; inputs may come in any order.
import { DIARY_PATTERNS, type DiaryPatternId, type DiaryPatternRules, type SourceId } from '#knowledge';
import { dailyPain } from './analytics.ts';
import { weekStart } from './calendar.ts';
import type { DiaryCheckin, DiaryEpisode } from './diary-input.ts';
import { addDays, localDateIn } from './local-date.ts';
import { mean } from './stats.ts';

export type DiaryPattern = {
  readonly id: DiaryPatternId;
  readonly title: string;
  /** What to do. */
  readonly text: string;
  /** Why it shows, with the person's figures. */
  readonly why: string;
  readonly sources: readonly SourceId[];
  readonly values: Readonly<Record<string, number | string>>;
};

export type DiaryPatternInput = {
  readonly episodes: readonly DiaryEpisode[];
  readonly checkins: readonly DiaryCheckin[];
  /** The person's local date today. */
  readonly today: string;
  readonly timeZone: string;
};

/** How dates and numbers are written into `why` (defaults: YYYY-MM-DD, one decimal). */
export type PatternWords = {
  readonly day: (date: string) => string;
  readonly number: (n: number) => string;
};

const DEFAULT_WORDS: PatternWords = {
  day: (date) => date,
  number: (n) => String(Math.round(n * 10) / 10),
};

/** Fills {name} placeholders; an unknown name is left as it is. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

// Means of whole numbers compared with a threshold: allow for rounding in the last bits.
const EPSILON = 1e-9;

/** The latest week with check-ins (this week or last) against the calendar week before it. */
export function painWorse(
  checkins: readonly DiaryCheckin[],
  today: string,
  rule: DiaryPatternRules['painWorse'] = DIARY_PATTERNS.painWorse,
  words: PatternWords = DEFAULT_WORDS,
): DiaryPattern | null {
  const thisWeek = weekStart(today);
  const daily = dailyPain(checkins, addDays(thisWeek, -14), today);
  const weekMean = (start: string) =>
    mean([...daily].filter(([day]) => day >= start && day <= addDays(start, 6)).map(([, pain]) => pain));
  const latestStart = weekMean(thisWeek) === null ? addDays(thisWeek, -7) : thisWeek;
  const current = weekMean(latestStart);
  const previous = weekMean(addDays(latestStart, -7));
  if (current === null || previous === null) return null;
  const rise = current - previous;
  const byPoints = rise >= rule.points - EPSILON;
  const byPercent = previous > 0 && rise * 100 >= rule.percent * previous - EPSILON;
  if (rise <= 0 || !(byPoints || byPercent)) return null;
  return {
    id: rule.id,
    title: rule.title,
    text: rule.text,
    why: fillTemplate(rule.why, {
      week: words.day(latestStart),
      current: words.number(current),
      previous: words.number(previous),
    }),
    sources: rule.sources,
    values: { weekStart: latestStart, current, previous },
  };
}

/** At least `episodes` spasms in the last `windowDays`, after `quietDays` the diary covered with none. */
export function spasmsAfterQuiet(
  input: DiaryPatternInput,
  rule: DiaryPatternRules['spasmsAfterQuiet'] = DIARY_PATTERNS.spasmsAfterQuiet,
): DiaryPattern | null {
  const windowStart = addDays(input.today, -(rule.windowDays - 1));
  const quietStart = addDays(windowStart, -rule.quietDays);
  const days = input.episodes.map((e) => e.localDate ?? localDateIn(e.startedAt, input.timeZone));
  const recent = days.filter((d) => d >= windowStart && d <= input.today).length;
  if (recent < rule.episodes) return null;
  if (days.some((d) => d >= quietStart && d < windowStart)) return null;
  const covered = days.some((d) => d < quietStart) || input.checkins.some((c) => c.date <= quietStart);
  if (!covered) return null;
  return {
    id: rule.id,
    title: rule.title,
    text: rule.text,
    why: fillTemplate(rule.why, { count: String(recent) }),
    sources: rule.sources,
    values: { count: recent, since: windowStart },
  };
}

/** Every cross-week escalation that holds today, pain first. */
export function diaryPatterns(
  input: DiaryPatternInput,
  rules: DiaryPatternRules = DIARY_PATTERNS,
  words: PatternWords = DEFAULT_WORDS,
): DiaryPattern[] {
  return [
    painWorse(input.checkins, input.today, rules.painWorse, words),
    spasmsAfterQuiet(input, rules.spasmsAfterQuiet),
  ].filter((p): p is DiaryPattern => p !== null);
}
