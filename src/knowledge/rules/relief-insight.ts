// "What helps me": how the diary sums up the relief methods a person logged. Their own ratings
// (0 = did not help … 3 = a lot) are summarised, never turned into advice: a method their latest
// saved check advises against, or withholds, is never offered as something that helps.
import type { PlanCode } from '../codes.ts';
import type { Provenance } from '../schema.ts';

export type ReliefInsight = Provenance & {
  readonly id: string;
  /** A method is summarised from this many logged uses on (fewer: shown only as a count). */
  readonly minUses: number;
  /** The "helped" scale of an episode's reliefTried (contract ReliefTriedSchema). */
  readonly helped: { readonly min: number; readonly max: number };
  /**
   * Plan items that every self-care or see-a-doctor plan holds unless a safety limit or a raised
   * red flag withholds them (contract §5). When the latest check's plan lacks one, it was
   * withheld, so it is not suggested.
   */
  readonly withheldWhenAbsent: readonly PlanCode[];
  /** Shown with the summary, always. */
  readonly note: string;
  /** Why a logged method is not listed as helping: its avoid entry's reason follows. */
  readonly avoidText: string;
  readonly withheldText: string;
  readonly deviation?: string;
};

export const RELIEF_INSIGHT = {
  id: 'diary/what-helps-me',
  minUses: 3,
  helped: { min: 0, max: 3 },
  withheldWhenAbsent: [
    'heat',
    'cold',
    'nsaid_oral',
    'pelvic_tilt',
    'knee_to_chest',
    'gentle_stretch',
    'single_leg_raise',
    'massage',
  ],
  note: 'This is your own experience, from your diary. It is not proof that a method works: spasms often ease on their own, and what helped one may not help the next. The range shows how sure the average is; it is wide when you have few ratings or they vary.',
  avoidText: 'Your latest check advises against this.',
  withheldText:
    'Your latest check left this out of your plan, to keep you safe. Do the check again if things have changed.',
  sources: ['unknot-clinical-reference', 'lancet-2018-treatment'],
  evidence: 'unverified',
  deviation:
    'No source sets how many uses make a personal average worth showing. Three is the fewest for which a 95 % interval is more than a formality; the wide interval and the note say how little it proves.',
} as const satisfies ReliefInsight;
