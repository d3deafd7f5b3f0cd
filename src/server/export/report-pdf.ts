// The "report for my doctor": an A4 PDF a GP can read in a minute. Who (age; a name only if the
// person adds one), the latest check with its red flags and reasons, the current episode and its
// course, the weekly PEG score, a vector chart of pain and PEG over the last year, what helped (the
// engine's whatHelps, as the app shows it), the escalations, the diary in brief and the knowledge version. Text is set in DejaVu Sans, which is
// embedded (fonts/, with its licence), so ≥, ½ and every name print as written.

import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { DISPOSITION_TEXT, type Disposition, KNOWLEDGE_VERSION, PEG } from '#knowledge';
import { findingLabel, methodTitle, type ReportSummary } from './report-summary.ts';

// Parsed once: pdfkit takes a parsed font as well as a file, and keeps its glyph caches, which
// makes every report after the first about twice as fast.
const fontDir = new URL('./fonts/', import.meta.url);
const REGULAR = create(readFileSync(new URL('DejaVuSans.ttf', fontDir)));
const BOLD = create(readFileSync(new URL('DejaVuSans-Bold.ttf', fontDir)));
/** pdfkit's types name only files and buffers as font sources; it accepts a parsed font too. */
const source = (font: Font) => font as unknown as Buffer;

const INK = '#1b1f24';
const MUTED = '#57606a';
const RULE = '#d0d7de';
const ACCENT = '#1f4e79';
const PAIN = '#1f4e79';
const SPASM = '#b35900';
const PEG_COLOUR = '#6a3d9a';
const LEVEL_COLOUR: Record<Disposition, string> = {
  emergency: '#b00020',
  urgent: '#c25400',
  see_doctor: '#8a6100',
  self_care: '#2e7d32',
};
/** Clinical words for each level (the person-facing title follows it). */
const LEVEL_WORD: Record<Disposition, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent (same day)',
  see_doctor: 'See a doctor (within days)',
  self_care: 'Self-care',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "3 Nov 2026" from YYYY-MM-DD (or an ISO instant, read as its UTC date). */
export function longDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''} ${y}`;
}
const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
const dayMs = 86_400_000;
const dayIndex = (from: string, date: string) => Math.round((Date.parse(date) - Date.parse(from)) / dayMs);

export type ReportOptions = {
  readonly name?: string | undefined;
  /** When the report was made (printed in the header). */
  readonly generatedAt: Date;
};

type Doc = PDFKit.PDFDocument;

const PAGE = { width: 595.28, height: 841.89, margin: 42 };
const LEFT = PAGE.margin;
const WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin - 24; // room for the footer

function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > BOTTOM) doc.addPage();
}

function heading(doc: Doc, text: string, needed = 60): void {
  ensureSpace(doc, needed);
  doc.moveDown(0.6);
  doc.font('bold').fontSize(11.5).fillColor(ACCENT).text(text, LEFT, doc.y, { width: WIDTH });
  const y = doc.y + 1;
  doc
    .moveTo(LEFT, y)
    .lineTo(LEFT + WIDTH, y)
    .lineWidth(0.6)
    .strokeColor(RULE)
    .stroke();
  doc.y = y + 4;
  doc.font('regular').fontSize(9.5).fillColor(INK);
}

function para(doc: Doc, text: string, options: { muted?: boolean; size?: number; indent?: number } = {}): void {
  const indent = options.indent ?? 0;
  doc
    .font('regular')
    .fontSize(options.size ?? 9.5)
    .fillColor(options.muted ? MUTED : INK)
    .text(text, LEFT + indent, doc.y, { width: WIDTH - indent, lineGap: 1 });
}

/** "Label: value" with the label in bold, wrapping as one paragraph. */
function labelled(doc: Doc, label: string, value: string, indent = 0): void {
  ensureSpace(doc, 12);
  doc
    .font('bold')
    .fontSize(9.5)
    .fillColor(INK)
    .text(`${label}: `, LEFT + indent, doc.y, { continued: true, width: WIDTH - indent, lineGap: 1 })
    .font('regular')
    .text(value);
}

function bullet(doc: Doc, text: string, indent = 8): void {
  doc.font('regular').fontSize(9).fillColor(INK);
  ensureSpace(doc, doc.heightOfString(text, { width: WIDTH - indent - 9, lineGap: 0.5 }));
  const y = doc.y;
  doc.text('•', LEFT + indent, y, { width: 8 });
  doc.text(text, LEFT + indent + 9, y, { width: WIDTH - indent - 9, lineGap: 0.5 });
}

/** A level written as a word beside a coloured mark (colour is never alone). */
function level(doc: Doc, disposition: Disposition, extra = ''): void {
  const y = doc.y;
  doc.rect(LEFT, y + 1, 4, 11).fill(LEVEL_COLOUR[disposition]);
  doc
    .font('bold')
    .fontSize(10.5)
    .fillColor(INK)
    .text(`${LEVEL_WORD[disposition]}: ${DISPOSITION_TEXT[disposition].title}`, LEFT + 9, y, {
      width: WIDTH - 9,
      continued: extra !== '',
    });
  if (extra) doc.font('regular').fontSize(9.5).fillColor(MUTED).text(extra);
}

function header(doc: Doc, s: ReportSummary, options: ReportOptions): void {
  doc.font('bold').fontSize(16).fillColor(INK).text('Back pain diary: summary for a clinician', LEFT, PAGE.margin);
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(
      `Made by Unknot on ${longDate(options.generatedAt.toISOString())} from what the person recorded. ` +
        'A self-help record, not a diagnosis.',
    );
  doc.moveDown(0.4);
  const who: string[] = [];
  if (options.name) who.push(options.name);
  const check = s.latestCheck;
  if (check?.age !== undefined) who.push(`age ${check.age} (at the check of ${longDate(check.completedAt)})`);
  else who.push('age not recorded (no saved check)');
  if (check?.sex) who.push(check.sex);
  labelled(doc, 'Person', who.join(', '));
  const t = s.totals;
  labelled(
    doc,
    'Diary',
    `${t.firstDate ? `since ${longDate(t.firstDate)}: ` : ''}${plural(t.episodes, 'spasm episode')}, ` +
      `${plural(t.checkins, 'daily check-in')}, ${plural(t.pegs, 'weekly PEG')}, ${plural(t.checks, 'saved check')}.`,
  );
}

function latestCheck(doc: Doc, s: ReportSummary): void {
  heading(doc, 'Latest check', 90);
  const check = s.latestCheck;
  if (!check) {
    para(doc, 'No check has been saved. The diary entries below are all there is.', { muted: true });
    return;
  }
  const a = check.assessment;
  level(doc, a.disposition, `  ${longDate(check.completedAt)}`);
  doc.moveDown(0.2);
  if (a.redFlags.length === 0) labelled(doc, 'Red flags', 'none raised');
  else {
    labelled(doc, 'Red flags', `${a.redFlags.length} raised`);
    for (const f of a.redFlags) {
      bullet(
        doc,
        `${f.title} (${LEVEL_WORD[f.disposition]}): ${f.findings.map(findingLabel).join('; ') || 'see reasons'}`,
      );
    }
  }
  const reasons = a.reasons.filter((r) => r.level !== null).slice(0, 4);
  if (reasons.length > 0) {
    doc.font('bold').fontSize(9.5).fillColor(INK).text('Reasons:', LEFT, doc.y);
    for (const r of reasons) bullet(doc, r.text);
  }
  const f = a.followUp;
  const follow = [
    `review in ${plural(f.reviewInDays, 'day')}`,
    ...(f.seeDoctorIfNotBetterByDay !== null
      ? [`see a doctor if not better by day ${f.seeDoctorIfNotBetterByDay}`]
      : []),
  ];
  const onset =
    check.onsetDaysAgo !== undefined ? `pain began ${plural(check.onsetDaysAgo, 'day')} before the check; ` : '';
  labelled(doc, 'Follow-up advised', `${onset}${follow.join(', ')}.`);
}

function currentEpisode(doc: Doc, s: ReportSummary): void {
  heading(doc, 'Current episode and its course', 80);
  const e = s.episode;
  if (!e) {
    para(doc, 'No daily check-ins yet, so there is no course to show.', { muted: true });
    return;
  }
  labelled(
    doc,
    'Since',
    `${longDate(e.start)} (day ${e.days} on ${longDate(e.latestDate)}): ${plural(e.checkins, 'check-in')}, ` +
      `${plural(e.spasms, 'spasm')} logged.`,
  );
  labelled(
    doc,
    'Pain (0–10, daily average)',
    `first ${e.firstPain}, latest ${e.latestPain}, mean ${one(e.meanPain)}, worst ${e.maxPain}; ` +
      `“getting better” on ${pct(e.betterShare)} of days.`,
  );
  doc.moveDown(0.2);
  level(doc, e.latestDisposition, `  latest check-in, ${longDate(e.latestDate)}`);
  for (const r of e.latestReasons.slice(0, 3)) bullet(doc, r);
}

/** A PEG score as computed (the mean of three whole numbers, to two decimals). */
const score = (x: number) => String(x);

function weeklyPeg(doc: Doc, s: ReportSummary): void {
  heading(doc, 'Weekly PEG (pain, enjoyment of life, general activity; 0–10)', 50);
  const p = s.latestPeg;
  if (!p) {
    para(doc, 'No weekly PEG answered yet.', { muted: true });
    return;
  }
  labelled(
    doc,
    'Latest PEG score',
    `${score(p.score)} on ${longDate(p.date)} (pain ${p.pain}, enjoyment of life ${p.enjoyment}, ` +
      `general activity ${p.activity}).`,
  );
  const first = s.firstPegInWindow;
  if (first && first.date !== p.date) {
    const change = Math.round((p.score - first.score) * 100) / 100;
    labelled(
      doc,
      'Change',
      `${change === 0 ? 'none' : `${change > 0 ? '+' : ''}${score(change)}`} since ${longDate(first.date)} ` +
        `(score ${score(first.score)}); ` +
        `a change of ${PEG.minImportantChange} point or more is one people notice.`,
    );
  }
  para(doc, 'The mean of three 0–10 answers about the past week, in Unknot’s own words for the PEG domains.', {
    muted: true,
    size: 8,
  });
}

function chart(doc: Doc, s: ReportSummary): void {
  const height = 120;
  heading(doc, 'Pain and weekly PEG over the last 12 months', height + 60);
  const top = doc.y + 6;
  const x0 = LEFT + 22;
  const w = WIDTH - 22;
  const y0 = top;
  const h = height;
  const span = 364;
  const x = (date: string) => x0 + (dayIndex(s.from, date) / span) * w;
  const y = (v: number) => y0 + h - (v / 10) * h;

  doc.lineWidth(0.4).strokeColor(RULE);
  for (let v = 0; v <= 10; v += 2) {
    doc
      .moveTo(x0, y(v))
      .lineTo(x0 + w, y(v))
      .stroke();
    doc
      .font('regular')
      .fontSize(7)
      .fillColor(MUTED)
      .text(String(v), LEFT, y(v) - 3.5, { width: 16, align: 'right' });
  }
  // A tick and a label at the first of each month.
  let [yy, mm] = s.from.split('-').map(Number) as [number, number];
  for (let i = 0; i < 13; i++) {
    const first = `${yy}-${String(mm).padStart(2, '0')}-01`;
    if (first >= s.from && first <= s.today) {
      const px = x(first);
      doc
        .moveTo(px, y0 + h)
        .lineTo(px, y0 + h + 3)
        .stroke();
      doc
        .fontSize(7)
        .fillColor(MUTED)
        .text(`${MONTHS[mm - 1]}${mm === 1 ? ` ${yy}` : ''}`, px - 2, y0 + h + 4, { width: 40, lineBreak: false });
    }
    mm += 1;
    if (mm > 12) {
      mm = 1;
      yy += 1;
    }
  }
  // Daily pain as a line, broken where more than three days are missing.
  doc.lineWidth(1).strokeColor(PAIN);
  let previous: string | undefined;
  for (const p of s.pain) {
    if (previous === undefined || dayIndex(previous, p.date) > 3) doc.moveTo(x(p.date), y(p.value));
    else doc.lineTo(x(p.date), y(p.value));
    previous = p.date;
  }
  if (s.pain.length > 0) doc.stroke();
  // Each spasm episode's intensity as a dot.
  for (const p of s.spasms) doc.circle(x(p.date), y(p.value), 1.6).fill(SPASM);
  // The weekly PEG score as a dashed line (broken where more than three weeks are missing) with
  // a square at each answer.
  doc.lineWidth(1.2).strokeColor(PEG_COLOUR).dash(3, { space: 2 });
  previous = undefined;
  for (const p of s.peg) {
    if (previous === undefined || dayIndex(previous, p.date) > 21) doc.moveTo(x(p.date), y(p.value));
    else doc.lineTo(x(p.date), y(p.value));
    previous = p.date;
  }
  if (s.peg.length > 0) doc.stroke();
  doc.undash();
  for (const p of s.peg) doc.rect(x(p.date) - 1.8, y(p.value) - 1.8, 3.6, 3.6).fill(PEG_COLOUR);

  // Legend, then one sentence that says what the chart shows.
  const ly = y0 + h + 16;
  doc
    .moveTo(x0, ly + 4)
    .lineTo(x0 + 14, ly + 4)
    .lineWidth(1.2)
    .strokeColor(PAIN)
    .stroke();
  doc
    .font('regular')
    .fontSize(8)
    .fillColor(INK)
    .text('daily check-in: average pain', x0 + 18, ly, { lineBreak: false });
  doc.circle(x0 + 170, ly + 4, 2).fill(SPASM);
  doc.fillColor(INK).text('spasm episode: intensity', x0 + 176, ly, { lineBreak: false });
  doc
    .moveTo(x0 + 300, ly + 4)
    .lineTo(x0 + 314, ly + 4)
    .lineWidth(1.2)
    .strokeColor(PEG_COLOUR)
    .dash(3, { space: 2 })
    .stroke()
    .undash();
  doc.rect(x0 + 305.2, ly + 2.2, 3.6, 3.6).fill(PEG_COLOUR);
  doc.fillColor(INK).text('weekly PEG score', x0 + 318, ly, { lineBreak: false });
  doc.y = ly + 14;
  const t = s.totals;
  const sentence =
    `${longDate(s.from)} to ${longDate(s.today)}: ${plural(t.checkinsInWindow, 'check-in')}` +
    (t.meanPainInWindow !== undefined ? ` (mean pain ${one(t.meanPainInWindow)})` : '') +
    `, ${plural(t.episodesInWindow, 'spasm episode')}` +
    (t.meanIntensityInWindow !== undefined ? ` (mean intensity ${one(t.meanIntensityInWindow)})` : '') +
    `, ${plural(s.peg.length, 'weekly PEG')}.`;
  para(doc, sentence, { muted: true, size: 8.5 });
}

type Column = { title: string; width: number; align?: 'left' | 'right' };

function table(doc: Doc, columns: readonly Column[], rows: readonly (readonly string[])[]): void {
  const row = (cells: readonly string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: (columns[i]?.width ?? 50) - 6 }));
    const hgt = Math.max(...heights) + 4;
    ensureSpace(doc, hgt);
    const top = doc.y;
    let left = LEFT;
    cells.forEach((c, i) => {
      const col = columns[i] as Column;
      doc
        .fillColor(bold ? MUTED : INK)
        .text(c, left + 3, top + 2, { width: col.width - 6, align: col.align ?? 'left' });
      left += col.width;
    });
    doc
      .moveTo(LEFT, top + hgt)
      .lineTo(LEFT + WIDTH, top + hgt)
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
    doc.y = top + hgt;
  };
  row(
    columns.map((c) => c.title),
    true,
  );
  for (const r of rows) row(r, false);
}

const times = (n: number) => `${n} ${n === 1 ? 'time' : 'times'}`;

function whatHelped(doc: Doc, s: ReportSummary): void {
  heading(doc, 'What was tried and how it helped', 70);
  const h = s.helps;
  if (h.ranked.length === 0 && h.tooFew.length === 0 && h.notSuggested.length === 0) {
    para(doc, 'No relief method recorded in any episode.', { muted: true });
    return;
  }
  if (h.ranked.length > 0) {
    table(
      doc,
      [
        { title: 'Method', width: 230 },
        { title: 'Used', width: 60, align: 'right' },
        { title: 'Helped, mean (0–3)', width: 110, align: 'right' },
        { title: '95% range', width: WIDTH - 400, align: 'right' },
      ],
      h.ranked
        .slice(0, 6)
        .map((m) => [methodTitle(m.method), times(m.uses), one(m.mean), `${one(m.interval[0])}–${one(m.interval[1])}`]),
    );
    doc.moveDown(0.2);
  }
  if (h.tooFew.length > 0) {
    para(
      doc,
      `Tried fewer than ${h.minUses} times, so not summarised: ` +
        `${h.tooFew.map((m) => `${methodTitle(m.method)} (${times(m.uses)})`).join(', ')}.`,
      { size: 8.5 },
    );
  }
  if (h.notSuggested.length > 0) {
    doc.font('bold').fontSize(9.5).fillColor(INK).text('Not suggested now (latest check):', LEFT, doc.y);
    for (const m of h.notSuggested) bullet(doc, `${methodTitle(m.method)} (used ${times(m.uses)}): ${m.why}`);
  }
  para(doc, `Ratings are the person’s own, per episode: 0 not at all, 1 a little, 2 quite a lot, 3 a lot. ${h.note}`, {
    muted: true,
    size: 8,
  });
}

function escalations(doc: Doc, s: ReportSummary): void {
  heading(doc, 'Escalations from daily check-ins (last 12 months)', 50);
  if (s.escalations.length === 0) {
    para(doc, 'None: no check-in raised a warning sign or met a “see a doctor” rule.', { muted: true });
    return;
  }
  for (const e of [...s.escalations].reverse()) {
    bullet(doc, `${longDate(e.date)}: ${LEVEL_WORD[e.disposition]}${e.text ? ` — ${e.text}` : ''}`);
  }
}

function inBrief(doc: Doc, s: ReportSummary, recent: readonly (readonly string[])[]): void {
  heading(doc, 'Recent spasm episodes', 60);
  if (recent.length === 0) para(doc, 'No episodes logged.', { muted: true });
  else {
    table(
      doc,
      [
        { title: 'Started', width: 70 },
        { title: 'Pain', width: 34, align: 'right' },
        { title: 'Lasted', width: 52 },
        { title: 'Triggers', width: 150 },
        { title: 'Tried (helped 0–3)', width: WIDTH - 306 },
      ],
      recent,
    );
  }
  heading(doc, 'Saved checks', 40);
  if (s.checks.length === 0) para(doc, 'None.', { muted: true });
  for (const c of s.checks.slice(0, 5)) {
    bullet(doc, `${longDate(c.date)}: ${LEVEL_WORD[c.disposition]}, ${plural(c.flags, 'red flag')}`);
  }
  if (s.checks.length > 5)
    para(doc, `and ${plural(s.checks.length - 5, 'earlier check')}.`, { muted: true, size: 8.5 });
}

function footers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = PAGE.height - PAGE.margin - 10;
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(
        `Unknot knowledge version ${KNOWLEDGE_VERSION}. Dispositions follow the cited rules of that version; ` +
          'check findings with the person.',
        LEFT,
        y,
        { width: WIDTH - 60, lineBreak: false, height: 10 },
      )
      .text(`Page ${i + 1} of ${range.count}`, LEFT + WIDTH - 60, y, {
        width: 60,
        align: 'right',
        lineBreak: false,
        height: 10,
      });
  }
}

export type RecentEpisode = {
  readonly localDate: string;
  readonly intensity: number;
  readonly minutes: number | null;
  readonly triggers: readonly string[];
  readonly relief: readonly { readonly method: string; readonly helped: number }[];
};

const lasted = (minutes: number | null) =>
  minutes === null
    ? '—'
    : minutes < 120
      ? `${minutes} min`
      : minutes < 2880
        ? `${one(minutes / 60)} h`
        : `${Math.round(minutes / 1440)} days`;

/** Renders the report; resolves with the PDF's bytes. */
export async function renderReportPdf(
  s: ReportSummary,
  recentEpisodes: readonly RecentEpisode[],
  options: ReportOptions,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: 'Back pain diary: summary for a clinician',
      Creator: 'Unknot',
      Producer: 'Unknot',
      CreationDate: options.generatedAt,
    },
  });
  doc.registerFont('regular', source(REGULAR));
  doc.registerFont('bold', source(BOLD));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  header(doc, s, options);
  latestCheck(doc, s);
  currentEpisode(doc, s);
  weeklyPeg(doc, s);
  chart(doc, s);
  whatHelped(doc, s);
  escalations(doc, s);
  inBrief(
    doc,
    s,
    recentEpisodes.map((e) => [
      longDate(e.localDate),
      String(e.intensity),
      lasted(e.minutes),
      e.triggers.map(findingLabel).join('; ') || '—',
      e.relief.map((r) => `${methodTitle(r.method)} (${r.helped})`).join('; ') || '—',
    ]),
  );
  footers(doc);
  doc.end();
  return done;
}
