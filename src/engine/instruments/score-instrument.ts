// Scoring for instruments whose item text is licensed (STarT Back, RMDQ, ODI): the rules are
// knowledge (instruments/licensed.ts), so this code never branches on an instrument's id.
import type { InstrumentBand, LicensedInstrument, ScoreBound } from '#knowledge';

/** One raw answer per item, in item order; null for an item left unanswered. */
export type InstrumentAnswers = readonly (number | null)[];

export type InstrumentScore =
  | {
      readonly status: 'complete';
      readonly total: number;
      readonly subscales: Readonly<Record<string, number>>;
      /** The first band that holds, or null for an instrument without bands. */
      readonly band: { readonly id: string; readonly label: string } | null;
      readonly answered: number;
    }
  /** Too few items answered for this instrument's rule: the item numbers (1-based) missing. */
  | { readonly status: 'incomplete'; readonly missing: readonly number[] }
  /** Answers that do not fit the instrument: one message each. */
  | { readonly status: 'invalid'; readonly problems: readonly string[] };

const within = (value: number, bound: ScoreBound | undefined) =>
  !bound || ((bound.gte === undefined || value >= bound.gte) && (bound.lte === undefined || value <= bound.lte));

function bandFor(bands: readonly InstrumentBand[], total: number, subscales: Record<string, number>) {
  const band = bands.find(
    (b) => within(total, b.total) && (!b.subscale || within(subscales[b.subscale.id] ?? 0, b.subscale)),
  );
  return band ? { id: band.id, label: band.label } : null;
}

export function scoreInstrument(instrument: LicensedInstrument, answers: InstrumentAnswers): InstrumentScore {
  const { answerMax } = instrument;
  const problems: string[] = [];
  if (answers.length !== answerMax.length) problems.push(`expected ${answerMax.length} answers, got ${answers.length}`);
  answers.forEach((a, i) => {
    const max = answerMax[i];
    if (a !== null && max !== undefined && !(Number.isInteger(a) && a >= 0 && a <= max))
      problems.push(`item ${i + 1}: answer must be a whole number from 0 to ${max}`);
  });
  if (problems.length > 0) return { status: 'invalid', problems };

  const scores = answers.map((a, i) => (a === null ? null : (instrument.recode?.[i + 1]?.[a] ?? a)));
  const missing = scores.flatMap((s, i) => (s === null ? [i + 1] : []));
  const answered = scores.length - missing.length;
  const { scoring } = instrument;
  const required = scoring.kind === 'sum' ? scores.length : scoring.minAnswered;
  if (answered < required) return { status: 'incomplete', missing };

  const itemScore = (item: number) => scores[item - 1] ?? 0;
  const raw = scores.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  const possible = answerMax.reduce(
    (sum, max, i) => (scores[i] === null ? sum : sum + maxScore(instrument, i, max)),
    0,
  );
  const total = scoring.kind === 'sum' ? raw : Math.round((raw / possible) * 1000) / 10;
  const subscales: Record<string, number> = {};
  for (const sub of instrument.subscales ?? [])
    subscales[sub.id] = sub.items.reduce((s, item) => s + itemScore(item), 0);
  return { status: 'complete', total, subscales, band: bandFor(instrument.bands, total, subscales), answered };
}

/** The highest score an item can give: its recoded maximum, else its highest answer. */
function maxScore(instrument: LicensedInstrument, index: number, max: number): number {
  const recode = instrument.recode?.[index + 1];
  return recode ? Math.max(...recode) : max;
}
