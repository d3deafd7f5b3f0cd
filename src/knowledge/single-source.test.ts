// One source of clinical truth: emergency numbers, day thresholds and temperatures live in
// src/knowledge; the server, the web app and the CLI only render them. This scans their source
// (comments aside) for clinical literals, and checks the scanner on examples first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const LAYERS = ['web', 'cli', 'server'];

/** Emergency and helpline numbers, not parts of coordinates or longer numbers. */
const PHONE = /(?<![\d,.\w])(?:999|112|911|111)(?![\d,.\w])/;
const TEMPERATURE = /°|\d\s*(?:degrees?|deg)\s*[CF]\b/i;
/** Days or weeks in words, a *_DAYS constant, a day comparison, or a fallback for a day or temperature. */
const DAY_THRESHOLD =
  /\b\d+\s*(?:days?|weeks?)\b|\b\w*DAYS\s*=\s*\d|\b\w*[dD]ays?\w*\s*(?:<|>|<=|>=|===|!==)\s*(?:3|6|7|14|28|42|84|90)\b|(?:[tT]emperature|[dD]ays?)\w*\s*\?\?\s*\d/;

const RULES: readonly [string, RegExp][] = [
  ['emergency or helpline number', PHONE],
  ['temperature', TEMPERATURE],
  ['day threshold', DAY_THRESHOLD],
];

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** SVG geometry (path data, coordinates, sizes) is drawing, not clinical content. */
const GEOMETRY =
  /\b(?:d|points|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|transform|strokeWidth|fontSize)=(?:"[^"]*"|\{[^}]*\})/g;

function clinicalLiterals(source: string): string[] {
  const found: string[] = [];
  stripComments(source)
    .replace(GEOMETRY, '')
    .split('\n')
    .forEach((line, i) => {
      for (const [what, pattern] of RULES) {
        const match = line.match(pattern);
        if (match) found.push(`line ${i + 1}: ${what} "${match[0]}"`);
      }
    });
  return found;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$|\.contract\.ts$/.test(name) && !path.includes('test-support'))
      yield path;
  }
}

describe('one source of clinical truth', () => {
  it('the scanner finds clinical literals and leaves drawings and comments alone', () => {
    for (const bad of [
      '<a href="tel:999">Call 999</a>',
      "title: 'Speak to NHS 111'",
      'const text = `no more than ${t.maxTemperatureC ?? 40} °C`;',
      'export const RUN_GAP_DAYS = 14;',
      'if (onsetDaysAgo >= 28) warn();',
      "'see a doctor within 3 days'",
    ])
      expect(clinicalLiterals(bad), bad).not.toEqual([]);
    for (const fine of [
      '<polyline points="95,70 95,112 110,111" />',
      '<rect width="512" height="512" rx="112" />',
      '// after 4 weeks: see knowledge',
      '/* 999 */ const x = 1;',
      "const url = 'https://example.org/a'; // 14 days",
      'const PAGE = 14;',
      "{daysLeft === 1 ? 'day' : 'days'}",
    ])
      expect(clinicalLiterals(fine), fine).toEqual([]);
  });

  it('src/web, src/cli and src/server hold no emergency number, day threshold or temperature', () => {
    const found: string[] = [];
    for (const layer of LAYERS)
      for (const file of sourceFiles(join(ROOT, layer)))
        for (const hit of clinicalLiterals(readFileSync(file, 'utf8'))) found.push(`${relative(ROOT, file)} ${hit}`);
    expect(found).toEqual([]);
  });
});
