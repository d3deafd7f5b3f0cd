// Instruments whose item text is licensed (reference §2.3 and §5): STarT Back, RMDQ and ODI.
// Only their scoring rules are knowledge here; the item text is never shipped. An operator who
// holds a licence supplies it as a JSON file (server config INSTRUMENT_TEXT_FILE).
import type { Provenance } from '../schema.ts';

export const LICENSED_INSTRUMENT_IDS = ['instrument/start-back', 'instrument/rmdq', 'instrument/odi'] as const;
export type LicensedInstrumentId = (typeof LICENSED_INSTRUMENT_IDS)[number];

/** A bound on a score: the band applies when every bound given holds. */
export type ScoreBound = { readonly gte?: number; readonly lte?: number };

export type InstrumentBand = {
  readonly id: string;
  readonly label: string;
  /** On the total, and on named subscales. An empty condition always holds. */
  readonly total?: ScoreBound;
  readonly subscale?: { readonly id: string } & ScoreBound;
};

export type InstrumentScoring =
  /** The sum of the item scores; every item must be answered. */
  | { readonly kind: 'sum' }
  /** The sum of the answered items ÷ the most they could have scored × 100. */
  | { readonly kind: 'percent-of-answered'; readonly minAnswered: number };

export type LicensedInstrument = Provenance & {
  readonly id: LicensedInstrumentId;
  readonly title: string;
  readonly recall: string;
  /** The highest raw answer of each item (answers run from 0); its length is the item count. */
  readonly answerMax: readonly number[];
  /** Item scores for raw answers, by item number (1-based): index = raw answer. Else score = answer. */
  readonly recode?: Readonly<Record<number, readonly number[]>>;
  readonly scoring: InstrumentScoring;
  /** Subscales: the item numbers (1-based) summed. */
  readonly subscales?: readonly { readonly id: string; readonly items: readonly number[] }[];
  /** The first band whose conditions hold is the result. */
  readonly bands: readonly InstrumentBand[];
  readonly licence: string;
  readonly deviation?: string;
};

const yesNo = (n: number) => Array.from({ length: n }, () => 1);

export const LICENSED_INSTRUMENTS = [
  {
    id: 'instrument/start-back',
    title: 'Keele STarT Back Screening Tool (9 items)',
    recall: 'the last 2 weeks',
    // Items 1–8 agree (1) / disagree (0); item 9 a 5-point scale, not at all (0) … extremely (4).
    answerMax: [...yesNo(8), 4],
    recode: { 9: [0, 0, 0, 1, 1] },
    scoring: { kind: 'sum' },
    subscales: [{ id: 'psychosocial', items: [5, 6, 7, 8, 9] }],
    bands: [
      { id: 'low', label: 'low risk', total: { lte: 3 } },
      { id: 'medium', label: 'medium risk', subscale: { id: 'psychosocial', lte: 3 } },
      { id: 'high', label: 'high risk' },
    ],
    licence:
      'Copyright Keele University. Free for non-commercial use; commercial use needs Keele’s agreement; meant for clinicians with matched care (reference §2.3).',
    sources: ['keele-startback', 'hill-2011-startback', 'startback-protocol-2008'],
    evidence: 'verified',
  },
  {
    id: 'instrument/rmdq',
    title: 'Roland–Morris Disability Questionnaire (24 items)',
    recall: 'today',
    // Each statement endorsed (1) or not (0); "not applicable" counts as not endorsed.
    answerMax: yesNo(24),
    scoring: { kind: 'sum' },
    bands: [],
    licence: 'Treated as copyrighted: current terms could not be verified (reference §5).',
    sources: ['roland-fairbank-2000', 'rmdq-scoring-notes', 'stratford-1996-rmdq'],
    evidence: 'secondary',
  },
  {
    id: 'instrument/odi',
    title: 'Oswestry Disability Index (v2.1a, 10 sections)',
    recall: 'today',
    answerMax: Array.from({ length: 10 }, () => 5),
    scoring: { kind: 'percent-of-answered', minAnswered: 1 },
    bands: [
      { id: 'minimal', label: 'minimal disability', total: { lte: 20 } },
      { id: 'moderate', label: 'moderate disability', total: { lte: 40 } },
      { id: 'severe', label: 'severe disability', total: { lte: 60 } },
      { id: 'crippled', label: 'very severe disability (published label: "crippled")', total: { lte: 80 } },
      { id: 'bed-bound', label: 'bed-bound, or symptoms exaggerated', total: {} },
    ],
    licence:
      'Copyright Fairbank, distributed by Mapi Research Trust; fees for funded research, organisations, commercial and IT use (reference §5).',
    sources: ['fairbank-odi', 'mapi-odi'],
    evidence: 'secondary',
    deviation:
      'The reference gives the index over the sections answered and no minimum number of sections; we score from one answered section and report how many were answered. A band boundary between whole numbers (e.g. 20.5) falls in the higher band.',
  },
] as const satisfies readonly LicensedInstrument[];
