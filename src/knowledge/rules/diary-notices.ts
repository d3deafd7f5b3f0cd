// Reminders that travel with a diary write when an entry touches a warning sign (the red-flag
// screen itself runs on every check-in; reference §1.1: CES can appear later in an episode).
import type { BodyArea } from '../codes.ts';
import type { Provenance } from '../schema.ts';

export type DiaryNotice = Provenance & {
  readonly id: string;
  /** Shown when an episode names this body area. */
  readonly whenLocation: BodyArea;
  readonly text: string;
};

export const DIARY_NOTICES: readonly DiaryNotice[] = [
  {
    id: 'notice/saddle-area-pain',
    whenLocation: 'saddle_area',
    text: 'Pain in the saddle area (where you sit): if you also have numbness there, or new trouble with your bladder or bowels, call your emergency number now. Answer the warning-sign questions in your daily check-in.',
    sources: ['ces-warning-card', 'hsib-ces-2021'],
    evidence: 'secondary',
  },
];
