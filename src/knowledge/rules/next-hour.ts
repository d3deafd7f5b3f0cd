// "In the next hour": the few plan items a person in pain should act on first, in order. The
// result's first screen shows at most `max` of them, and only items the assessment's plan holds
// (the plan policy has already withheld anything unsafe for this person).
//
// The order is our own prudence [U] over cited recommendations: help first when the disposition
// asks for it (warning card, GIRFT [S]; no driving, our prudence [U]); then the comfort measure
// with the best evidence, superficial heat (ACP [V], Cochrane [V]); then staying active and
// walking rather than resting (NICE NG59 [V], Cochrane bed rest [V]); then a short rest in a
// comfortable position and a wrapped cold pack for those who cannot use heat (NHS [S]); medicines
// after the non-drug measures, as NICE orders them [V]. Long-term items (an exercise programme,
// posture breaks, lifting technique) are not for the next hour and are left to the full plan.
import type { PlanCode } from '../codes.ts';
import type { Provenance } from '../schema.ts';

export const NEXT_HOUR: Provenance & {
  /** Plan codes in the order they are offered for the next hour. */
  readonly order: readonly PlanCode[];
  /** How many to show at most. */
  readonly max: number;
} = {
  order: [
    'call_emergency',
    'do_not_drive',
    'urgent_same_day',
    'contact_prescriber',
    'book_doctor',
    'heat',
    'stay_active',
    'walking',
    'short_rest_position',
    'cold',
    'topical_rub',
    'nsaid_oral',
    'pelvic_tilt',
    'knee_to_chest',
  ],
  max: 3,
  sources: [
    'ces-warning-card',
    'girft-ces-2023',
    'acp-2017',
    'cochrane-heat-cold-2006',
    'nice-ng59',
    'cochrane-bed-rest-2010',
    'nhs-back-pain',
    'unknot-clinical-reference',
  ],
  evidence: 'unverified',
};
