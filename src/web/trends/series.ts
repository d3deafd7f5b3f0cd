// Chart tables and their words, built from the engine's diaryAnalytics (no statistics here).
// Check-ins are placed at local noon of their day; weeks start on Monday (local calendar days).
import type { DiaryAnalytics, PainTrend, ReliefTime, WeekSummary } from '#engine';
import { addDays } from '../diary/local-time.ts';
import type { Checkin, Episode } from '../diary/types.ts';

/** uPlot's column layout: x values, then one array per series (null where a series has no value). */
export type Table = [number[], ...(number | null)[][]];

/** Seconds since the epoch of local noon on a calendar day (YYYY-MM-DD). */
export function noonOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12).getTime() / 1000;
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** Pain over time: check-in average pain (by day) and spasm intensity (by time), one x axis. */
export function painTable(
  checkins: readonly Pick<Checkin, 'date' | 'painAverage'>[],
  episodes: readonly Pick<Episode, 'startedAt' | 'intensity'>[],
): Table {
  const rows = [
    ...checkins.map((c) => ({ t: noonOf(c.date), checkin: c.painAverage, episode: null })),
    ...episodes.map((e) => ({ t: seconds(e.startedAt), checkin: null, episode: e.intensity })),
  ].sort((a, b) => a.t - b.t);
  return [rows.map((r) => r.t), rows.map((r) => r.checkin), rows.map((r) => r.episode)];
}

/**
 * The weeks worth showing: from the first week with any entry (at least `minWeeks` back) to this
 * week, so a new diary does not start with months of empty bars.
 */
export function visibleWeeks(weeks: readonly WeekSummary[], minWeeks = 8): WeekSummary[] {
  const first = weeks.findIndex((w) => w.episodes > 0 || w.painMean !== null || w.pegScore !== null);
  const start = first === -1 ? weeks.length - minWeeks : Math.min(first, weeks.length - minWeeks);
  return weeks.slice(Math.max(0, start));
}

const middleOf = (w: WeekSummary) => noonOf(addDays(w.weekStart, 3));

/** Each week's bar sits in the middle of its week (Thursday noon), so it spans Monday to Sunday. */
export function weeklyTable(weeks: readonly WeekSummary[]): Table {
  return [weeks.map(middleOf), weeks.map((w) => w.episodes)];
}

/**
 * Weekly mean pain, with the engine's least-squares line drawn across the weeks it was fitted on
 * (first to last week with check-ins), only once it has an interval (three weeks or more).
 */
export function weeklyPainTable(weeks: readonly WeekSummary[], trend: PainTrend, all: readonly WeekSummary[]): Table {
  const offset = all.length - weeks.length;
  const { slopePerWeek: slope, intercept, interval } = trend;
  const withData = all.flatMap((w, x) => (w.painMean === null ? [] : [x]));
  const first = withData[0] ?? 0;
  const last = withData.at(-1) ?? -1;
  const line = (x: number) =>
    slope === null || intercept === null || interval === null || x < first || x > last ? null : intercept + slope * x;
  return [weeks.map(middleOf), weeks.map((w) => w.painMean), weeks.map((_, i) => line(i + offset))];
}

export function reliefTable(relief: readonly ReliefTime[]): Table {
  return [relief.map((r) => seconds(r.startedAt)), relief.map((r) => r.minutes)];
}

export function pegTable(entries: DiaryAnalytics['peg']['entries']): Table {
  return [entries.map((e) => noonOf(e.date)), entries.map((e) => e.score)];
}

// ---- Words: each chart's text alternative ------------------------------------------------

type Words = { day: (date: string) => string; minutes: (n: number) => string };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

export function painSummary(
  checkins: readonly Pick<Checkin, 'date' | 'painAverage'>[],
  episodes: readonly Pick<Episode, 'intensity'>[],
  words: Words,
): string {
  const parts: string[] = [];
  const byDate = [...checkins].sort((a, b) => a.date.localeCompare(b.date));
  const first = byDate[0];
  const last = byDate.at(-1);
  if (first && last && byDate.length > 1)
    parts.push(
      `${plural(byDate.length, 'check-in', 'check-ins')}: average pain went from ${first.painAverage} on ${words.day(first.date)} to ${last.painAverage} on ${words.day(last.date)}.`,
    );
  else if (first) parts.push(`1 check-in: average pain ${first.painAverage} on ${words.day(first.date)}.`);
  else parts.push('No check-ins yet.');
  if (episodes.length > 0) {
    const levels = episodes.map((e) => e.intensity);
    const lo = Math.min(...levels);
    const hi = Math.max(...levels);
    parts.push(
      `${plural(episodes.length, 'spasm', 'spasms')} logged, intensity ${lo === hi ? `${lo}` : `from ${lo} to ${hi}`} out of 10.`,
    );
  } else parts.push('No spasms logged.');
  return parts.join(' ');
}

/** The weekly pain trend in words: the slope with its 95 % range, and what it can say. */
export function trendSummary(trend: PainTrend): string {
  if (trend.slopePerWeek === null || trend.interval === null)
    return trend.weeksWithData === 0
      ? 'No check-ins yet: the weekly trend needs check-ins in at least three weeks.'
      : `Check-ins in ${plural(trend.weeksWithData, 'week', 'weeks')} so far: the trend needs at least three.`;
  const [lo, hi] = trend.interval;
  const change = `${trend.slopePerWeek <= 0 ? 'down' : 'up'} ${oneDecimal(Math.abs(trend.slopePerWeek))} points a week`;
  const range = `(95 % range ${oneDecimal(lo)} to ${oneDecimal(hi)})`;
  const meaning = {
    improving: 'Your pain is easing.',
    worsening: 'Your pain is getting worse.',
    'no-clear-change': 'Too little change to say whether it is easing or worsening.',
    'too-little-data': '',
  }[trend.direction];
  return `Weekly average pain: ${change} ${range}, over ${plural(trend.weeksWithData, 'week', 'weeks')}. ${meaning}`;
}

export function weeklySummary(weeks: readonly WeekSummary[], words: Words): string {
  const total = weeks.reduce((n, w) => n + w.episodes, 0);
  const now = weeks.at(-1)?.episodes ?? 0;
  const before = weeks.at(-2)?.episodes ?? 0;
  const busiest = weeks.reduce<WeekSummary | null>(
    (best, w) => (best === null || w.episodes > best.episodes ? w : best),
    null,
  );
  const head = `${plural(now, 'spasm', 'spasms')} this week, ${before} last week; ${total} in the last ${weeks.length} weeks.`;
  return busiest && busiest.episodes > 0
    ? `${head} Most in the week starting ${words.day(busiest.weekStart)} (${busiest.episodes}).`
    : head;
}

export function reliefSummary(relief: DiaryAnalytics['timeToRelief'], words: Words): string {
  const { medianMinutes: m, minMinutes: lo, maxMinutes: hi, count } = relief;
  if (m === null || lo === null || hi === null)
    return 'No spasm has an end time or a duration yet: add one from the diary to see time to relief.';
  const typical = `Typical time to relief: ${words.minutes(Math.round(m))} (the median of ${plural(count, 'spasm', 'spasms')}).`;
  return count > 1 ? `${typical} Shortest ${words.minutes(lo)}, longest ${words.minutes(hi)}.` : typical;
}

export function pegSummary(peg: DiaryAnalytics['peg'], words: Pick<Words, 'day'>): string {
  const first = peg.entries[0];
  const last = peg.latest;
  if (!first || !last) return 'No weekly questions answered yet. The diary asks them once a week.';
  if (peg.entries.length === 1) return `1 answer: ${oneDecimal(last.score)} out of 10 on ${words.day(last.date)}.`;
  return `${plural(peg.entries.length, 'answer', 'answers')}: from ${oneDecimal(first.score)} on ${words.day(first.date)} to ${oneDecimal(last.score)} on ${words.day(last.date)} (out of 10; lower is better).`;
}
