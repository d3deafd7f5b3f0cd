// The clinician report for a year of diary: rendered by poppler (pdftoppm, as a reader would see
// it) to PNGs kept in artifacts/report/ for review, on one or two pages whose extracted text
// (pdftotext) holds the latest disposition, the best-helping method and the knowledge version.
// Needs poppler-utils: `npm test` installs it when run as root; otherwise see the message below.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Assessment, type PegItems, pegScore } from '#engine';
import { DISPOSITION_TEXT, KNOWLEDGE_VERSION } from '#knowledge';
import { generateDiary } from '../test-support/diary-generator.ts';
import { reportPdf } from './report.ts';
import { methodTitle, whatHelpsIn } from './report-summary.ts';

const POPPLER = ['/usr/bin/pdftoppm', '/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdffonts'];
const missing = POPPLER.filter((p) => !existsSync(p));
if (missing.length > 0) {
  throw new Error(
    `The PDF tests need poppler-utils (${missing.join(', ')}): run 'sudo apt-get install poppler-utils'.`,
  );
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const generatedAt = new Date('2026-12-03T10:00:00Z');
const year = generateDiary({ start: '2025-12-04', days: 365, seed: 11 });

describe('the clinician report (PDF)', () => {
  let dir: string;
  let file: string;
  let text: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unknot-report-'));
    file = join(dir, 'report.pdf');
    writeFileSync(file, await reportPdf(year, { generatedAt, name: 'Alex Example' }));
    text = run('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fits a year of diary on one or two A4 pages, which render to images', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const out = join(process.cwd(), 'artifacts', 'report');
    mkdirSync(out, { recursive: true });
    run('pdftoppm', ['-png', '-r', '100', file, join(out, 'year')]);
    const pngs = readdirSync(out).filter((f) => /^year-\d+\.png$/.test(f));
    expect(pngs).toHaveLength(pages);
    for (const png of pngs) expect(statSync(join(out, png)).size).toBeGreaterThan(20_000);
  });

  it('says who, the latest disposition, the PEG score, what helped best and the knowledge version, with the fonts embedded', () => {
    const latest = year.checks.at(-1)?.assessment as Assessment;
    const best = whatHelpsIn(year).ranked[0];
    const peg = year.pegs.at(-1);
    expect(text).toContain('Alex Example');
    expect(text).toContain(`age ${(year.checks.at(-1)?.intake as { age?: number } | undefined)?.age}`);
    expect(text).toContain(DISPOSITION_TEXT[latest.disposition].title);
    expect(best).toBeDefined();
    expect(text).toContain(methodTitle(best?.method ?? ''));
    expect(peg).toBeDefined();
    expect(text).toContain(`Latest PEG score: ${pegScore(peg as PegItems)} on`);
    expect(text).toContain('weekly PEG score'); // the chart's legend
    expect(text).toContain(`knowledge version ${KNOWLEDGE_VERSION}`);
    expect(text).toContain('Pain and weekly PEG over the last 12 months');
    expect(text).toContain('0–10'); // the en dash survives: DejaVu is embedded, not WinAnsi Helvetica
    expect(run('pdffonts', [file])).toMatch(/DejaVuSans/);
  });

  it('prints no name unless one is given, and copes with an empty diary', async () => {
    const empty = join(dir, 'empty.pdf');
    writeFileSync(empty, await reportPdf({ episodes: [], checkins: [], checks: [], pegs: [] }, { generatedAt }));
    const words = run('pdftotext', [empty, '-']);
    expect(words).not.toContain('Alex Example');
    expect(words).toContain('No check has been saved');
    expect(words).toContain('No weekly PEG answered yet');
    expect(Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [empty]))?.[1])).toBe(1);
  });
});
