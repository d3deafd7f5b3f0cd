// Thresholds the diary's escalation uses to read a series of check-ins as one episode (the
// "see a doctor" timing rules count days from the start of the episode; follow-up-rules.ts).
import type { Provenance } from '../schema.ts';

export type DiaryThreshold = Provenance & {
  readonly id: string;
  readonly days: number;
  readonly text: string;
  /** Where the number is our reading rather than a figure a source gives, and why. */
  readonly deviation?: string;
};

export type DiaryRules = {
  /**
   * A gap between two check-ins of more than this many days ends a run of check-ins. Without a
   * saved check to date the episode, it is taken to have begun by the first check-in of the
   * latest run (the stricter reading: the 4- and 6-week rules can still fire).
   */
  readonly runGap: DiaryThreshold;
};

export const DIARY_RULES = {
  runGap: {
    id: 'diary/run-gap',
    days: 14,
    text: 'Check-ins more than 14 days apart are read as separate episodes; closer ones as one continuing episode.',
    sources: ['oliveira-2018-guidelines', 'da-silva-2017-recurrence-review', 'unknot-clinical-reference'],
    evidence: 'secondary',
    deviation:
      'No source defines a diary gap. Guidelines review progress at about 7 to 14 days (reference §6), so a person still in an episode is expected to check in at least that often; recurrence studies define a new episode after a pain-free spell whose length varies by study. The upper end of the review interval keeps episodes long, which is the stricter reading for the 4- and 6-week rules.',
  },
} as const satisfies DiaryRules;
