// Chart series and their words, built from the diary API's data. Pure: "today" is passed in,
// check-ins are placed at local noon of their day, weeks start on Monday (local calendar days).
import { minutesToRelief } from '../diary/episode-form.ts';
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

/** The Monday on or before a calendar day. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

export type WeekCount = { weekStart: string; count: number };

/**
 * Spasms per week by the local day each began, every week from the first spasm's week (at least
 * `minWeeks`, at most `maxWeeks` back) to this week, empty weeks included.
 */
export function weeklyCounts(
  episodes: readonly Pick<Episode, 'localDate'>[],
  today: string,
  { minWeeks = 8, maxWeeks = 26 }: { minWeeks?: number; maxWeeks?: number } = {},
): WeekCount[] {
  const thisWeek = weekStart(today);
  const earliest = episodes.reduce<string | null>(
    (min, e) => (min === null || e.localDate < min ? e.localDate : min),
    null,
  );
  const span = earliest ? Math.round((Date.parse(thisWeek) - Date.parse(weekStart(earliest))) / 604_800_000) + 1 : 0;
  const weeks = Math.min(maxWeeks, Math.max(minWeeks, span));
  const counts = new Map<string, number>();
  for (const e of episodes) counts.set(weekStart(e.localDate), (counts.get(weekStart(e.localDate)) ?? 0) + 1);
  return Array.from({ length: weeks }, (_, i) => {
    const start = addDays(thisWeek, -7 * (weeks - 1 - i));
    return { weekStart: start, count: counts.get(start) ?? 0 };
  });
}

/** Each week's bar sits in the middle of its week (Thursday noon), so it spans Monday to Sunday. */
export function weeklyTable(weeks: readonly WeekCount[]): Table {
  return [weeks.map((w) => noonOf(addDays(w.weekStart, 3))), weeks.map((w) => w.count)];
}

export type Relief = { id: string; startedAt: string; minutes: number; intensity: number };

/** Time to relief per spasm that says when it eased, oldest first. */
export function reliefTimes(
  episodes: readonly Pick<Episode, 'id' | 'startedAt' | 'endedAt' | 'durationMinutes' | 'intensity'>[],
): Relief[] {
  return episodes
    .flatMap((e) => {
      const minutes = minutesToRelief(e);
      return minutes === null ? [] : [{ id: e.id, startedAt: e.startedAt, minutes, intensity: e.intensity }];
    })
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

export function reliefTable(relief: readonly Relief[]): Table {
  return [relief.map((r) => seconds(r.startedAt)), relief.map((r) => r.minutes)];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

// ---- Words: each chart's text alternative ------------------------------------------------

type Words = { day: (date: string) => string; minutes: (n: number) => string };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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

export function weeklySummary(weeks: readonly WeekCount[], words: Words): string {
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const now = weeks.at(-1)?.count ?? 0;
  const before = weeks.at(-2)?.count ?? 0;
  const busiest = weeks.reduce<WeekCount | null>((best, w) => (best === null || w.count > best.count ? w : best), null);
  const head = `${plural(now, 'spasm', 'spasms')} this week, ${before} last week; ${total} in the last ${weeks.length} weeks.`;
  return busiest && busiest.count > 0
    ? `${head} Most in the week starting ${words.day(busiest.weekStart)} (${busiest.count}).`
    : head;
}

export function reliefSummary(relief: readonly Relief[], words: Words): string {
  const m = median(relief.map((r) => r.minutes));
  if (m === null) return 'No spasm has an end time or a duration yet: add one from the diary to see time to relief.';
  const lo = Math.min(...relief.map((r) => r.minutes));
  const hi = Math.max(...relief.map((r) => r.minutes));
  const typical = `Typical time to relief: ${words.minutes(Math.round(m))} (the median of ${plural(relief.length, 'spasm', 'spasms')}).`;
  return relief.length > 1 ? `${typical} Shortest ${words.minutes(lo)}, longest ${words.minutes(hi)}.` : typical;
}
