// Named building blocks of the contract §4 rules, shared by several rules.
import type { FindingCode } from '../codes.ts';
import { CAUDA_EQUINA_FINDINGS } from '../codes.ts';
import type { Expr } from '../schema.ts';

export const has = (finding: FindingCode): Expr => ({ finding });
export const anyOf = (...findings: readonly FindingCode[]): Expr => ({ any: findings.map(has) });

/** Any of the nine cauda-equina findings. */
export const caudaEquina: Expr = anyOf(...CAUDA_EQUINA_FINDINGS);

/** Contract §4 *neuro*: a progressive deficit or any cauda-equina finding. */
export const neuro: Expr = { any: [has('leg_weakness_progressive'), has('numbness_spreading'), caudaEquina] };

/** Contract §4 *malignancy features*. */
export const MALIGNANCY_FEATURES = [
  'thoracic_spine_pain',
  'pain_progressive_or_unremitting',
  'pain_worse_straining',
  'night_pain_prevents_sleep',
  'localised_spinal_tenderness',
] as const satisfies readonly FindingCode[];
export const malignancyFeature: Expr = anyOf(...MALIGNANCY_FEATURES);

/** Contract §4 (*v2*): two or more *malignancy features* together. */
export const twoMalignancyFeatures: Expr = { atLeast: 2, of: MALIGNANCY_FEATURES.map(has) };

/** Contract §4 *infection risk* (*v2*). */
export const INFECTION_RISKS = [
  'immunosuppressed',
  'iv_drug_use',
  'recent_infection_or_spinal_procedure',
  'diabetes',
] as const satisfies readonly FindingCode[];
export const infectionRisk: Expr = anyOf(...INFECTION_RISKS);

/** Contract §4 *fragility*. */
export const fragility: Expr = {
  any: [has('osteoporosis'), has('long_term_oral_steroids'), { fact: 'age', op: 'gte', value: 70 }],
};

/** Contract §4 / §5 medicine rule: a new medicine of a kind known to cause cramps. */
export const CRAMP_MEDICINES = [
  'med_statin',
  'med_diuretic',
  'med_laba_inhaler',
  'med_lithium',
] as const satisfies readonly FindingCode[];
export const medicineRule: Expr = { all: [has('new_medicine_recent'), anyOf(...CRAMP_MEDICINES)] };

/** The seven criteria NICE NG65 counts (ASAS-only features do not count). */
export const NG65_CRITERIA: readonly Expr[] = [
  { fact: 'ageAtOnset', op: 'lt', value: 35 },
  has('ibp_night_waking_late'),
  has('ibp_buttock_pain'),
  has('ibp_better_with_movement'),
  has('ibp_nsaid_response'),
  has('ibp_family_history_spa'),
  has('ibp_associated_conditions'),
];

/** Contract §4 NG65 rule: > 90 days, began before 45, and at least 3 of the 7 criteria. */
export const ng65: Expr = {
  all: [
    { fact: 'onsetDaysAgo', op: 'gt', value: 90 },
    { fact: 'ageAtOnset', op: 'lt', value: 45 },
    { atLeast: 3, of: NG65_CRITERIA },
  ],
};

/** Contract §5 nerve-root signs. */
export const NERVE_ROOT_SIGNS = [
  'leg_pain_below_knee',
  'leg_numbness_tingling',
  'leg_weakness_one_side',
  'bilateral_leg_pain',
] as const satisfies readonly FindingCode[];
