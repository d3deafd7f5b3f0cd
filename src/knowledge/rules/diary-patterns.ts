// Patterns across weeks of the diary that are worth a review, beyond the day-count rules of a
// single check-in (follow-up-rules.ts) and the red-flag re-check: pain clearly worse than the
// week before (the minimal important change of reference §5), and a new run of spasms after a
// quiet month (recurrence, reference §6). `why` is a template the engine fills with the person's
// own figures ({name} placeholders); `text` says what to do.
import type { Provenance } from '../schema.ts';

export type DiaryPatternId = 'diary/pain-worse-than-last-week' | 'diary/spasms-after-quiet-month';

type PatternWords = {
  readonly id: DiaryPatternId;
  /** The banner's title. */
  readonly title: string;
  /** What to do, in plain words. */
  readonly text: string;
  /** Why it shows: a template filled with the person's figures. */
  readonly why: string;
  /** Where the rule is our reading rather than a figure a source gives, and why. */
  readonly deviation?: string;
};

export type DiaryPatternRules = {
  /** Weekly mean of daily pain (0–10) worse than the calendar week before by either amount. */
  readonly painWorse: Provenance &
    PatternWords & {
      readonly points: number;
      readonly percent: number;
    };
  /** At least `episodes` spasms within `windowDays`, after `quietDays` with none. */
  readonly spasmsAfterQuiet: Provenance &
    PatternWords & {
      readonly episodes: number;
      readonly windowDays: number;
      readonly quietDays: number;
    };
};

export const DIARY_PATTERNS = {
  painWorse: {
    id: 'diary/pain-worse-than-last-week',
    points: 2,
    percent: 30,
    title: 'Your pain is clearly worse than the week before',
    text: 'Do the check again, to look for warning signs. If the pain stays this much worse, book a GP or physio review; if a warning sign appears, act on it at once.',
    why: 'Your average pain in the week starting {week} was {current} out of 10, up from {previous} the week before. A rise of 2 points or 30 % is a change people notice.',
    sources: ['ostelo-2008-mic', 'oliveira-2018-guidelines', 'unknot-clinical-reference'],
    evidence: 'secondary',
    deviation:
      'Ostelo 2008 defines the minimal important change of the 0–10 pain scale (2 points or 30 %) as an improvement from baseline; we apply it, as the brief asks, to a worsening from one week to the next. The 30 % part applies only when the week before had some pain (a percentage of 0 is undefined).',
  },
  spasmsAfterQuiet: {
    id: 'diary/spasms-after-quiet-month',
    episodes: 3,
    windowDays: 30,
    quietDays: 30,
    title: 'Spasms are back after a quiet month',
    text: 'Back pain often comes back, and a new run of spasms is usually not a sign of damage. Do the check again, to look for warning signs. If they keep coming, ask a GP or physio about an exercise programme, which lowers the chance of new episodes.',
    why: 'You logged {count} spasms in the last 30 days, after 30 days without one.',
    sources: ['da-silva-2019-recurrence', 'da-silva-2017-recurrence-review', 'steffens-2016-prevention'],
    evidence: 'secondary',
    deviation:
      'No source defines a diary threshold for recurrence. Studies define a recurrence after a pain-free spell of at least a month; three spasms in a month is our reading of "more than a single flare". The quiet month counts only when the diary already covered it (an entry on or before its first day).',
  },
} as const satisfies DiaryPatternRules;
