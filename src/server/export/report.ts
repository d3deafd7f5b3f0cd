// The clinician report for one account: its summary (report-summary.ts), drawn as a PDF
// (report-pdf.ts). "Today" is the day the report is made in the person's own time zone (that of
// their latest check-in or episode), never the server's.

import { localDateIn } from '#engine';
import type { AccountData } from './account-data.ts';
import { type RecentEpisode, renderReportPdf } from './report-pdf.ts';
import { summarizeReport } from './report-summary.ts';

const RECENT = 6;

export function personTimeZone(data: AccountData): string {
  return data.checkins.at(-1)?.timeZone ?? data.episodes.at(-1)?.timeZone ?? 'UTC';
}

function minutesOf(e: AccountData['episodes'][number]): number | null {
  if (e.durationMinutes !== null) return e.durationMinutes;
  if (e.endedAt === null) return null;
  return Math.round((Date.parse(e.endedAt) - Date.parse(e.startedAt)) / 60_000);
}

export async function reportPdf(
  data: AccountData,
  options: { readonly generatedAt: Date; readonly name?: string | undefined },
): Promise<Buffer> {
  const today = localDateIn(options.generatedAt.toISOString(), personTimeZone(data));
  const summary = summarizeReport(data, today);
  const recent: RecentEpisode[] = data.episodes
    .slice(-RECENT)
    .reverse()
    .map((e) => ({
      localDate: e.localDate,
      intensity: e.intensity,
      minutes: minutesOf(e),
      triggers: e.triggers,
      relief: e.reliefTried,
    }));
  return renderReportPdf(summary, recent, options);
}
