// What a reminder says on the lock screen (issue 9): short, calm, never alarming, and never about
// a symptom (a notification can be read by anyone nearby). The server sends these as Web Push.
import type { SourceId } from '../schema.ts';

export type ReminderText = {
  /** The notification's title: a few words. */
  readonly title: string;
  /** One short sentence. */
  readonly body: string;
  readonly sources: readonly SourceId[];
};

export const REMINDER_TEXT: {
  readonly checkin: ReminderText;
  readonly peg: ReminderText;
  readonly deskBreak: ReminderText;
} = {
  checkin: {
    title: 'Your daily check-in',
    body: 'A minute for your diary: how has today been?',
    // Follow-up depends on how things change over time (NG59 reassessment).
    sources: ['nice-ng59'],
  },
  peg: {
    title: 'Your weekly questions',
    body: 'Three quick questions about your week.',
    sources: ['krebs-2009-peg'],
  },
  deskBreak: {
    title: 'Time for a short break',
    body: 'Stand up, walk a little and stretch gently, then carry on.',
    // Staying active rather than resting (NG59); exercise prevents recurrences (Steffens 2016).
    sources: ['nice-ng59', 'steffens-2016-prevention'],
  },
};
