// Reference §6: when to check again and when to see a doctor, replacing the seeds' arbitrary
// "14 days" (myth/see-doctor-after-14-days). Days count from the start of the episode.
import type { FollowUpRule } from '../schema.ts';
import { has } from './expressions.ts';

export const FOLLOW_UP_RULES: readonly FollowUpRule[] = [
  {
    id: 'follow-up/recheck-red-flags',
    kind: 'recheck',
    text: 'Warning signs can appear later in an episode. Answer the warning-sign questions again at every check-in, and act on a new one at once, whatever day it is.',
    sources: ['hsib-ces-2021', 'uk-referral-guidance-lbp'],
    evidence: 'verified',
  },
  {
    id: 'follow-up/review-week-1',
    kind: 'review',
    day: 7,
    text: 'Check how you are doing after about a week. If it is not improving, or you cannot do normal things, see a GP or physio.',
    sources: ['oliveira-2018-guidelines', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    id: 'follow-up/see-doctor-4-weeks',
    kind: 'see-doctor',
    day: 28,
    text: 'If the pain has not started to improve by 4 weeks, book a GP or physio review.',
    sources: ['oliveira-2018-guidelines', 'pengel-2003-prognosis'],
    evidence: 'verified',
  },
  {
    id: 'follow-up/see-doctor-6-weeks-leg',
    kind: 'see-doctor',
    day: 42,
    appliesWhen: has('leg_pain_below_knee'),
    text: 'Leg pain below the knee can take longer to settle. If it is still there at 6 weeks, book a review, even if it is easing.',
    sources: ['uk-referral-guidance-lbp', 'nhs-msk-leg-symptoms'],
    evidence: 'secondary',
  },
  {
    id: 'follow-up/chronic-12-weeks',
    kind: 'chronic',
    day: 84,
    text: 'Pain that lasts beyond 12 weeks counts as long-term; ask for a structured care plan (exercise, support, and a review of medicines).',
    sources: ['acp-2017', 'uk-referral-guidance-lbp'],
    evidence: 'secondary',
  },
];
