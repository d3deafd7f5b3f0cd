// Reference §1.1 and §6: warning signs can appear later in an episode, so every daily check-in
// asks the check's emergency questions again, plus these signs of a worsening course.
import type { FindingCode } from '../codes.ts';
import type { Provenance } from '../schema.ts';

export const CHECKIN_RECHECK: Provenance & {
  /** Asked at every check-in after the emergency group. */
  readonly findings: readonly FindingCode[];
} = {
  findings: ['leg_weakness_progressive', 'numbness_spreading', 'fever', 'unable_to_walk', 'pain_worsening_over_days'],
  sources: ['hsib-ces-2021', 'uk-referral-guidance-lbp', 'nhs-back-pain'],
  evidence: 'secondary',
};
