// Diary analytics over local calendar weeks (Monday first), for the trends page and the PDF
// report: spasms per week, their intensity, time to relief, the weekly mean of daily pain with a
// least-squares trend and its 95 % interval, recurrence intervals and PEG scores. Pure: "today"
// and the time zone are passed in. Inputs may come in any order; the result is the same.
import { pegScore } from '../instruments/peg-score.ts';
import { dayNumber, weekStart, weekStarts } from './calendar.ts';
import { type DiaryCheckin, type DiaryEpisode, minutesToRelief, type PegAnswers } from './diary-input.ts';
import { localDateIn } from './local-date.ts';
import { type Interval, type LinearTrend, linearTrend, mean, median } from './stats.ts';

/** At most this many weeks (about ten years) are summarised. */
export const MAX_ANALYTICS_WEEKS = 530;

export type DiaryAnalyticsInput = {
  readonly episodes: readonly DiaryEpisode[];
  readonly checkins: readonly DiaryCheckin[];
  readonly pegs?: readonly PegAnswers[] | undefined;
  /** The person's local date today, YYYY-MM-DD. */
  readonly today: string;
  /** The person's IANA time zone, for episodes that carry no local date. */
  readonly timeZone: string;
  /** How many calendar weeks, ending with this week (1 to MAX_ANALYTICS_WEEKS). */
  readonly weeks: number;
};

export type WeekSummary = {
  /** Monday, YYYY-MM-DD. */
  readonly weekStart: string;
  readonly episodes: number;
  readonly intensityMean: number | null;
  readonly intensityMax: number | null;
  /** The mean of daily pain: each day's check-ins averaged, then the days. */
  readonly painMean: number | null;
  readonly painDays: number;
  /** The mean PEG score of the week's answers. */
  readonly pegScore: number | null;
};

export type ReliefTime = {
  readonly id: string;
  readonly startedAt: string;
  readonly localDate: string;
  readonly intensity: number;
  readonly minutes: number;
};

export type TrendDirection = 'improving' | 'worsening' | 'no-clear-change' | 'too-little-data';

export type PainTrend = {
  /** Weeks with at least one check-in. */
  readonly weeksWithData: number;
  /** Change of the weekly mean pain per week (least squares); null below two weeks with data. */
  readonly slopePerWeek: number | null;
  /** The fitted weekly mean at the first week of the window (x = 0); null with the slope. */
  readonly intercept: number | null;
  /** Its 95 % interval (t, n−2); null below three weeks with data. */
  readonly interval: Interval | null;
  /** Improving or worsening only when the whole interval is below or above zero. */
  readonly direction: TrendDirection;
};

export type DiaryAnalytics = {
  /** First and last local day summarised (Monday of the first week, and today). */
  readonly from: string;
  readonly to: string;
  readonly weeks: readonly WeekSummary[];
  readonly episodes: {
    readonly count: number;
    readonly perWeek: number;
    readonly intensityMean: number | null;
    readonly intensityMax: number | null;
  };
  readonly timeToRelief: {
    readonly count: number;
    readonly medianMinutes: number | null;
    readonly meanMinutes: number | null;
    readonly minMinutes: number | null;
    readonly maxMinutes: number | null;
    /** Oldest first. */
    readonly items: readonly ReliefTime[];
  };
  readonly painTrend: PainTrend;
  readonly recurrence: {
    /** Days between consecutive days with a spasm, oldest first. */
    readonly intervalsDays: readonly number[];
    readonly medianDays: number | null;
    /** Days from the last day with a spasm to today. */
    readonly daysSinceLast: number | null;
  };
  readonly peg: {
    /** Oldest first. */
    readonly entries: readonly { readonly date: string; readonly score: number }[];
    readonly latest: { readonly date: string; readonly score: number } | null;
  };
};

/** The number of weeks asked for, as a whole number from 1 to MAX_ANALYTICS_WEEKS. */
export function clampWeeks(weeks: number): number {
  return Number.isFinite(weeks) ? Math.min(MAX_ANALYTICS_WEEKS, Math.max(1, Math.floor(weeks))) : 1;
}

export type Placed = ReliefTime & { readonly minutesOrNull: number | null; readonly at: number };

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A total order on placed episodes, so that equal keys mean equal output. */
export function comparePlaced(a: Placed, b: Placed): number {
  return (
    a.at - b.at ||
    compareText(a.startedAt, b.startedAt) ||
    compareText(a.id, b.id) ||
    compareText(a.localDate, b.localDate) ||
    a.intensity - b.intensity ||
    (a.minutesOrNull ?? -1) - (b.minutesOrNull ?? -1)
  );
}

/** Each episode with its local day, within [from, to], in a canonical order. */
export function placeEpisodes(episodes: readonly DiaryEpisode[], timeZone: string, from: string, to: string): Placed[] {
  const placed: Placed[] = [];
  for (const e of episodes) {
    const localDate = e.localDate ?? localDateIn(e.startedAt, timeZone);
    if (localDate < from || localDate > to) continue;
    const minutesOrNull = minutesToRelief(e);
    placed.push({
      id: e.id,
      startedAt: e.startedAt,
      at: Date.parse(e.startedAt),
      localDate,
      intensity: e.intensity,
      minutes: minutesOrNull ?? 0,
      minutesOrNull,
    });
  }
  return placed.sort(comparePlaced);
}

/** Each day's pain: the mean of that day's check-ins within [from, to]. */
export function dailyPain(checkins: readonly DiaryCheckin[], from: string, to: string): Map<string, number> {
  const byDay = new Map<string, number[]>();
  for (const c of checkins) {
    if (c.date < from || c.date > to) continue;
    const list = byDay.get(c.date);
    if (list) list.push(c.painAverage);
    else byDay.set(c.date, [c.painAverage]);
  }
  const daily = new Map<string, number>();
  for (const [day, values] of byDay) daily.set(day, mean(values) as number);
  return daily;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const maxOf = (values: readonly number[]) => (values.length === 0 ? null : Math.max(...values));

export function painTrendOf(weeks: readonly WeekSummary[]): PainTrend {
  const points = weeks.flatMap((w, x) => (w.painMean === null ? [] : [{ x, y: w.painMean }]));
  const fit: LinearTrend | null = linearTrend(points);
  const interval = fit?.interval ?? null;
  const direction: TrendDirection = !interval
    ? 'too-little-data'
    : interval[1] < 0
      ? 'improving'
      : interval[0] > 0
        ? 'worsening'
        : 'no-clear-change';
  return {
    weeksWithData: points.length,
    slopePerWeek: fit?.slope ?? null,
    intercept: fit?.intercept ?? null,
    interval,
    direction,
  };
}

export function diaryAnalytics(input: DiaryAnalyticsInput): DiaryAnalytics {
  const starts = weekStarts(input.today, clampWeeks(input.weeks));
  const from = starts[0] as string;
  const to = input.today;
  const episodes = placeEpisodes(input.episodes, input.timeZone, from, to);
  const daily = dailyPain(input.checkins, from, to);
  const pegs = (input.pegs ?? [])
    .filter((p) => p.date >= from && p.date <= to)
    .map((p) => ({ date: p.date, score: pegScore(p) }))
    .sort((a, b) => compareText(a.date, b.date) || a.score - b.score);

  const episodesByWeek = groupBy(episodes, (e) => weekStart(e.localDate));
  const painByWeek = groupBy(daily, ([day]) => weekStart(day));
  const pegByWeek = groupBy(pegs, (p) => weekStart(p.date));
  const weeks: WeekSummary[] = starts.map((start) => {
    const inWeek = episodesByWeek.get(start) ?? [];
    const intensities = inWeek.map((e) => e.intensity);
    const pain = (painByWeek.get(start) ?? []).map(([, value]) => value);
    return {
      weekStart: start,
      episodes: inWeek.length,
      intensityMean: mean(intensities),
      intensityMax: maxOf(intensities),
      painMean: mean(pain),
      painDays: pain.length,
      pegScore: mean((pegByWeek.get(start) ?? []).map((p) => p.score)),
    };
  });

  const intensities = episodes.map((e) => e.intensity);
  const relief = episodes.flatMap(({ minutesOrNull, at: _at, ...e }) => (minutesOrNull === null ? [] : [e]));
  const minutes = relief.map((r) => r.minutes);
  const days = [...new Set(episodes.map((e) => e.localDate))].sort(compareText);
  const dayNumbers = days.map(dayNumber);
  const intervalsDays = dayNumbers.slice(1).map((n, i) => n - (dayNumbers[i] as number));
  const lastDay = days.at(-1);

  return {
    from,
    to,
    weeks,
    episodes: {
      count: episodes.length,
      perWeek: episodes.length / weeks.length,
      intensityMean: mean(intensities),
      intensityMax: maxOf(intensities),
    },
    timeToRelief: {
      count: relief.length,
      medianMinutes: median(minutes),
      meanMinutes: mean(minutes),
      minMinutes: minutes.length === 0 ? null : Math.min(...minutes),
      maxMinutes: maxOf(minutes),
      items: relief,
    },
    painTrend: painTrendOf(weeks),
    recurrence: {
      intervalsDays,
      medianDays: median(intervalsDays),
      daysSinceLast: lastDay === undefined ? null : dayNumber(to) - dayNumber(lastDay),
    },
    peg: { entries: pegs, latest: pegs.at(-1) ?? null },
  };
}
