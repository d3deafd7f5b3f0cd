// CSV exports of the diary (RFC 4180: CRLF line ends, a header row, fields quoted when they hold
// a comma, a quote or a line break, quotes doubled). Safe to open in a spreadsheet: a cell that
// starts with = + - @ (or a tab or carriage return) is prefixed with ' so it is never read as a
// formula (OWASP "CSV injection").

import { pegScore } from '#engine';
import type { AccountData } from './account-data.ts';

type Cell = string | number | boolean | null;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

const list = (values: readonly string[]) => values.join(';');

export function episodesCsv(data: AccountData): string {
  return toCsv(
    [
      'id',
      'started_at',
      'ended_at',
      'duration_minutes',
      'time_zone',
      'local_date',
      'intensity_0_10',
      'locations',
      'triggers',
      'relief_tried_helped_0_3',
      'notes',
      'created_at',
      'updated_at',
    ],
    data.episodes.map((e) => [
      e.id,
      e.startedAt,
      e.endedAt,
      e.durationMinutes,
      e.timeZone,
      e.localDate,
      e.intensity,
      list(e.locations),
      list(e.triggers),
      list(e.reliefTried.map((r) => `${r.method}:${r.helped}`)),
      e.notes,
      e.createdAt,
      e.updatedAt,
    ]),
  );
}

export function checkinsCsv(data: AccountData): string {
  return toCsv(
    [
      'date',
      'time_zone',
      'pain_average_0_10',
      'interference_activity_0_10',
      'interference_sleep_0_10',
      'getting_better',
      'warning_signs_yes',
      'warning_signs_not_sure',
      'created_at',
      'updated_at',
    ],
    data.checkins.map((c) => [
      c.date,
      c.timeZone,
      c.painAverage,
      c.interferenceActivity,
      c.interferenceSleep,
      c.gettingBetter,
      list(c.findings),
      list(c.unsure),
      c.createdAt,
      c.updatedAt,
    ]),
  );
}

/** Weekly PEG answers, with the score (the mean of the three, engine pegScore). */
export function pegCsv(data: AccountData): string {
  return toCsv(
    [
      'id',
      'date',
      'time_zone',
      'pain_0_10',
      'enjoyment_interference_0_10',
      'activity_interference_0_10',
      'peg_score_0_10',
      'created_at',
    ],
    data.pegs.map((p) => [p.id, p.date, p.timeZone, p.pain, p.enjoyment, p.activity, pegScore(p), p.createdAt]),
  );
}
