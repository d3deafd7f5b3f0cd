// PEG (Krebs 2009, reference §5): three 0–10 items about the past week — pain, and how much it
// got in the way of enjoying life and of general activity. Score = the mean of the three. Asked
// weekly from the diary.
import type { Provenance } from '../schema.ts';

export const PEG_ITEM_KEYS = ['pain', 'enjoyment', 'activity'] as const;
export type PegItemKey = (typeof PEG_ITEM_KEYS)[number];

export type PegItem = {
  readonly key: PegItemKey;
  /** A short name, for tables and charts. */
  readonly label: string;
  /** The question as asked: our own words for the domain (see `deviation`). */
  readonly text: string;
  readonly low: string;
  readonly high: string;
};

export type PegInstrument = Provenance & {
  readonly id: 'instrument/peg';
  readonly title: string;
  readonly items: readonly [PegItem, PegItem, PegItem];
  readonly min: number;
  readonly max: number;
  /** Asked again once this many days have passed since the last answer's week began (weekly). */
  readonly askEveryDays: number;
  /** The smallest change of the score that people notice (anchor-based, Reed 2024). */
  readonly minImportantChange: number;
  readonly licence: string;
  readonly deviation: string;
};

export const PEG = {
  id: 'instrument/peg',
  title: 'Your week: pain, enjoyment and activity',
  items: [
    {
      key: 'pain',
      label: 'Pain',
      text: 'Thinking of the past 7 days: how strong was your pain, on average?',
      low: 'no pain',
      high: 'the worst you can imagine',
    },
    {
      key: 'enjoyment',
      label: 'Enjoyment of life',
      text: 'Thinking of the past 7 days: how much did the pain spoil your enjoyment of life?',
      low: 'not at all',
      high: 'entirely',
    },
    {
      key: 'activity',
      label: 'General activity',
      text: 'Thinking of the past 7 days: how much did the pain get in the way of what you usually do?',
      low: 'not at all',
      high: 'entirely',
    },
  ],
  min: 0,
  max: 10,
  askEveryDays: 7,
  minImportantChange: 1,
  licence:
    'Unclear (reference §5): described as public domain by some, but derived from the Brief Pain Inventory, whose copyright holder claims its derivatives. The published item text is not shipped.',
  deviation:
    'The questions are our own words for the three PEG domains, not the published item text, whose licence is unclear. The score follows the published rule (the mean of the three items, 0–10), but our wording has not itself been validated. The minimal important change of 1 point is the low end of the anchor-based range (1.0–1.75) in Reed 2024.',
  sources: ['krebs-2009-peg', 'medical-algorithms-peg', 'reed-2024-peg-mid', 'bpi-user-guide'],
  evidence: 'verified',
} as const satisfies PegInstrument;
