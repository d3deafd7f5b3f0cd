// The operator's licensed questionnaire file: accepted when it fits the knowledge's instruments,
// refused with every problem named otherwise.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_TEXT_MAX_BYTES, loadInstrumentText, parseInstrumentText } from './instrument-text.ts';
import { placeholderInstrumentFile } from './test-support/instrument-text-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'unknot-instruments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const problemsOf = (input: unknown) => {
  const r = parseInstrumentText(input);
  return r.ok ? [] : r.problems;
};

describe('parseInstrumentText', () => {
  it('accepts text for every licensed instrument, keyed by id', () => {
    const r = parseInstrumentText(placeholderInstrumentFile());
    expect(r.ok).toBe(true);
    if (r.ok) expect([...r.texts.keys()]).toEqual(['instrument/start-back', 'instrument/rmdq', 'instrument/odi']);
  });

  it('accepts a file with only some instruments', () => {
    const r = parseInstrumentText(placeholderInstrumentFile(['instrument/rmdq']));
    expect(r.ok && [...r.texts.keys()]).toEqual(['instrument/rmdq']);
  });

  it('refuses a wrong item count, naming the instrument and both counts', () => {
    const f = placeholderInstrumentFile(['instrument/rmdq']);
    f.instruments[0]?.items.pop();
    expect(problemsOf(f)).toEqual(['instruments[0]: instrument/rmdq has 24 items, the file gives 23']);
  });

  it('refuses a wrong answer count on an item', () => {
    const f = placeholderInstrumentFile(['instrument/start-back']);
    f.instruments[0]?.items[8]?.answers.pop();
    expect(problemsOf(f)).toEqual(['instruments[0].items[8]: item 9 has 5 answers, the file gives 4']);
  });

  it('refuses an instrument given twice', () => {
    const one = placeholderInstrumentFile(['instrument/odi']).instruments;
    const f = { ...placeholderInstrumentFile([]), instruments: [...one, ...one] };
    expect(problemsOf(f)).toEqual(['instruments[1]: instrument/odi is given twice']);
  });

  it('refuses an unknown instrument, another format or version, empty text and unknown fields', () => {
    const f = placeholderInstrumentFile(['instrument/odi']) as Record<string, unknown>;
    expect(problemsOf({ ...f, format: 'other' }).join('\n')).toMatch(/^format:/);
    expect(problemsOf({ ...f, version: 2 }).join('\n')).toMatch(/version: must be 1/);
    expect(problemsOf({ ...f, extra: true }).join('\n')).toMatch(/extra/);
    const odi = placeholderInstrumentFile(['instrument/odi']).instruments[0];
    expect(problemsOf({ ...f, instruments: [{ ...odi, id: 'instrument/sf-36' }] }).join('\n')).toMatch(
      /^instruments\[0\]\.id:/,
    );
    expect(problemsOf({ ...f, instruments: [{ ...odi, instructions: '   ' }] }).join('\n')).toMatch(
      /instructions: must not be empty/,
    );
  });
});

describe('loadInstrumentText', () => {
  it('reads a file', () => {
    expect(loadInstrumentText(file('ok.json', JSON.stringify(placeholderInstrumentFile()))).ok).toBe(true);
  });

  it('says when the file cannot be read, is not JSON, is too large, or does not fit, naming the file', () => {
    const missing = join(dir, 'missing.json');
    const notJson = file('bad.json', '{ "format": ');
    const large = file('large.json', ' '.repeat(INSTRUMENT_TEXT_MAX_BYTES + 1));
    const wrong = file('wrong.json', JSON.stringify({ format: 'unknot-instrument-text', version: 1, instruments: [] }));
    const problems = (path: string) => {
      const r = loadInstrumentText(path);
      return r.ok ? '' : r.problems.join('\n');
    };
    expect(problems(missing)).toMatch(`cannot read ${missing}`);
    expect(problems(notJson)).toMatch(`${notJson} is not valid JSON`);
    expect(problems(large)).toMatch(`${large} is ${INSTRUMENT_TEXT_MAX_BYTES + 1} bytes`);
    expect(problems(wrong)).toMatch(`${wrong}: instruments:`);
  });
});

describe('startServer with INSTRUMENT_TEXT_FILE', () => {
  it('refuses to start on a file that does not fit, with one line per problem, before opening the database', async () => {
    const { startServer } = await import('./main.ts');
    const dataDir = join(dir, 'data-never-created');
    await expect(
      startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', INSTRUMENT_TEXT_FILE: join(dir, 'missing.json') }),
    ).rejects.toThrow(/^Unknot cannot start; fix INSTRUMENT_TEXT_FILE:\n {2}- cannot read /);
    expect(existsSync(dataDir)).toBe(false);
  });
});
