// The operator's licensed questionnaire text (INSTRUMENT_TEXT_FILE), read once at start. A file
// that does not fit the knowledge's instruments (wrong item or answer counts) is refused with
// every problem named, so a wrongly typed licence copy never reaches a person.
import { readFileSync, statSync } from 'node:fs';
import { formatProblem, type InstrumentText, InstrumentTextFileSchema, validate } from '#contract';
import { LICENSED_INSTRUMENTS, type LicensedInstrumentId } from '#knowledge';

export const INSTRUMENT_TEXT_MAX_BYTES = 1024 * 1024;

export type InstrumentTexts = ReadonlyMap<LicensedInstrumentId, InstrumentText>;

export type InstrumentTextResult =
  | { readonly ok: true; readonly texts: InstrumentTexts }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Checks a parsed file against the schema and the knowledge's item and answer counts. */
export function parseInstrumentText(input: unknown): InstrumentTextResult {
  const parsed = validate(InstrumentTextFileSchema, input);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(formatProblem) };
  const problems: string[] = [];
  const texts = new Map<LicensedInstrumentId, InstrumentText>();
  parsed.value.instruments.forEach((given, i) => {
    const at = `instruments[${i}]`;
    const known = LICENSED_INSTRUMENTS.find((k) => k.id === given.id);
    if (!known) return; // the schema's enum already refused it
    if (texts.has(given.id)) problems.push(`${at}: ${given.id} is given twice`);
    if (given.items.length !== known.answerMax.length)
      problems.push(`${at}: ${given.id} has ${known.answerMax.length} items, the file gives ${given.items.length}`);
    given.items.forEach((item, n) => {
      const max = known.answerMax[n];
      if (max !== undefined && item.answers.length !== max + 1)
        problems.push(`${at}.items[${n}]: item ${n + 1} has ${max + 1} answers, the file gives ${item.answers.length}`);
    });
    texts.set(given.id, given);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, texts };
}

/** Reads and checks the file; every failure is a problem a person can act on. */
export function loadInstrumentText(path: string): InstrumentTextResult {
  let raw: string;
  try {
    const size = statSync(path).size;
    if (size > INSTRUMENT_TEXT_MAX_BYTES)
      return { ok: false, problems: [`${path} is ${size} bytes; the most is ${INSTRUMENT_TEXT_MAX_BYTES}`] };
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`cannot read ${path}: ${(error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problems: [`${path} is not valid JSON: ${(error as Error).message}`] };
  }
  const result = parseInstrumentText(json);
  return result.ok ? result : { ok: false, problems: result.problems.map((p) => `${path}: ${p}`) };
}
