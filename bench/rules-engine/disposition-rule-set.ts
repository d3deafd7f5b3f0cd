// Contract §4's disposition rules written a second time, from the contract's text, as a
// json-rules-engine rule set (bench only: the product's rules are src/knowledge/rules). One rule per
// clause of §4; its event type is the clause's level. Facts: `findings` (the codes taken as yes,
// with §1's pregnancy implication applied), `age`, `onsetDaysAgo`, `painNow` (may be undefined),
// `ageAtOnset` (§1), and two counts computed from them (see rules-engine-disposition.ts).
import type { NestedCondition, RuleProperties } from 'json-rules-engine';

type Level = 'emergency' | 'urgent' | 'see_doctor';

const has = (code: string): NestedCondition => ({ fact: 'findings', operator: 'contains', value: code });
const lacks = (code: string): NestedCondition => ({ fact: 'findings', operator: 'doesNotContain', value: code });
const anyOf = (...codes: string[]): NestedCondition => ({ any: codes.map(has) });
const fact = (name: string, operator: string, value: number): NestedCondition => ({ fact: name, operator, value });
const ageAtLeast = (years: number) => fact('age', 'greaterThanInclusive', years);
const ageBelow = (years: number) => fact('age', 'lessThan', years);
const daysAtLeast = (days: number) => fact('onsetDaysAgo', 'greaterThanInclusive', days);
const painAtLeast = (score: number) => fact('painNow', 'greaterThanInclusive', score);

/** §4's nine cauda-equina findings. */
export const CAUDA_EQUINA = [
  'saddle_numbness',
  'altered_wiping_sensation',
  'urinary_difficulty_new',
  'urinary_sensation_change',
  'urinary_incontinence_new',
  'bowel_control_or_sensation_change',
  'sexual_function_change_new',
  'bilateral_leg_pain',
  'bilateral_leg_weakness_progressive',
];
/** §4 *malignancy features*. */
export const MALIGNANCY_FEATURES = [
  'thoracic_spine_pain',
  'pain_progressive_or_unremitting',
  'pain_worse_straining',
  'night_pain_prevents_sleep',
  'localised_spinal_tenderness',
];
/** The six NG65 criteria that are findings (the seventh is ageAtOnset < 35). */
export const NG65_FINDINGS = [
  'ibp_night_waking_late',
  'ibp_buttock_pain',
  'ibp_better_with_movement',
  'ibp_nsaid_response',
  'ibp_family_history_spa',
  'ibp_associated_conditions',
];

const caudaEquina = anyOf(...CAUDA_EQUINA);
const neuro: NestedCondition = { any: [has('leg_weakness_progressive'), has('numbness_spreading'), caudaEquina] };
const malignancyFeature = anyOf(...MALIGNANCY_FEATURES);
const fragility: NestedCondition = { any: [has('osteoporosis'), has('long_term_oral_steroids'), ageAtLeast(70)] };
const infectionRisk = anyOf('immunosuppressed', 'iv_drug_use', 'recent_infection_or_spinal_procedure', 'diabetes');

const PRIORITY: Record<Level, number> = { emergency: 3, urgent: 2, see_doctor: 1 };

const rule = (level: Level, name: string, condition: NestedCondition): RuleProperties => ({
  name,
  priority: PRIORITY[level],
  conditions: { all: [condition] },
  event: { type: level },
});

const emergency = (name: string, condition: NestedCondition) => rule('emergency', name, condition);
const urgent = (name: string, condition: NestedCondition) => rule('urgent', name, condition);
const seeDoctor = (name: string, condition: NestedCondition) => rule('see_doctor', name, condition);

export const DISPOSITION_RULE_SET: readonly RuleProperties[] = [
  emergency('cauda equina finding', caudaEquina),
  emergency('chest pain', has('chest_pain')),
  emergency('cardiac symptoms with pain', has('cardiac_symptoms_with_pain')),
  emergency('sudden tearing pain', has('sudden_tearing_pain')),
  emergency('pregnancy bleeding or severe pain', has('pregnancy_bleeding_or_severe_pain')),
  emergency('sudden severe pain with collapse', has('sudden_severe_pain_with_collapse')),
  emergency('known aneurysm, severe pain', {
    all: [has('known_aortic_aneurysm'), { any: [painAtLeast(7), has('severe_or_worsening_pain')] }],
  }),
  emergency('loin to groin from 55', { all: [has('loin_to_groin_pain'), ageAtLeast(55)] }),
  emergency('major trauma', has('major_trauma')),
  emergency('fever, unwell or neuro', { all: [has('fever'), { any: [has('feeling_very_unwell'), neuro] }] }),
  emergency('cancer history with neuro', { all: [has('cancer_history'), neuro] }),

  urgent('leg weakness progressive', has('leg_weakness_progressive')),
  urgent('numbness spreading', has('numbness_spreading')),
  urgent('fever', has('fever')),
  urgent('iv drug use', has('iv_drug_use')),
  urgent('deformity or bruising', has('visible_deformity_or_bruising')),
  urgent('known aneurysm', has('known_aortic_aneurysm')),
  urgent('loin to groin under 55', { all: [has('loin_to_groin_pain'), ageBelow(55)] }),
  urgent('cancer history with feature', {
    all: [has('cancer_history'), { any: [malignancyFeature, has('unexplained_weight_loss')] }],
  }),
  urgent('weight loss with feature', { all: [has('unexplained_weight_loss'), malignancyFeature] }),
  urgent('fragility fracture, severe', {
    all: [
      has('minor_trauma'),
      fragility,
      { any: [painAtLeast(8), has('unable_to_walk'), has('severe_or_worsening_pain')] },
    ],
  }),
  urgent('statin with widespread muscle pain', { all: [has('med_statin'), has('widespread_muscle_pain')] }),
  urgent('dark urine', has('dark_urine')),
  urgent('kidney infection signs', has('kidney_infection_signs')),
  urgent('pregnancy warning signs', has('pregnancy_warning_signs')),
  urgent('pain with exertion', has('pain_with_exertion')),
  urgent('two malignancy features from 50', {
    all: [fact('malignancyFeatureCount', 'greaterThanInclusive', 2), ageAtLeast(50)],
  }),
  urgent('weight loss from 60', { all: [has('unexplained_weight_loss'), ageAtLeast(60)] }),
  urgent('infection risk with progressive or night pain', {
    all: [infectionRisk, anyOf('pain_progressive_or_unremitting', 'night_pain_prevents_sleep')],
  }),

  seeDoctor('under 16', ageBelow(16)),
  seeDoctor('cancer history', has('cancer_history')),
  seeDoctor('weight loss', has('unexplained_weight_loss')),
  seeDoctor('malignancy feature', malignancyFeature),
  seeDoctor('immunosuppressed', has('immunosuppressed')),
  seeDoctor('recent infection or procedure', has('recent_infection_or_spinal_procedure')),
  seeDoctor('fragility fracture', { all: [has('minor_trauma'), fragility] }),
  seeDoctor('osteoporosis', has('osteoporosis')),
  seeDoctor('long-term steroids', has('long_term_oral_steroids')),
  seeDoctor('unable to walk', has('unable_to_walk')),
  seeDoctor('severe or worsening after a week or from 50', {
    all: [has('severe_or_worsening_pain'), { any: [daysAtLeast(7), ageAtLeast(50)] }],
  }),
  seeDoctor('pain worsening over days', has('pain_worsening_over_days')),
  seeDoctor('worried, not coping', has('worried_not_coping')),
  seeDoctor('feeling very unwell', has('feeling_very_unwell')),
  seeDoctor('widespread muscle pain', has('widespread_muscle_pain')),
  seeDoctor('leg weakness one side', has('leg_weakness_one_side')),
  seeDoctor('new cramp medicine', {
    all: [has('new_medicine_recent'), anyOf('med_statin', 'med_diuretic', 'med_laba_inhaler', 'med_lithium')],
  }),
  seeDoctor('not improving after 4 weeks', { all: [daysAtLeast(28), lacks('getting_better')] }),
  seeDoctor('leg pain after 6 weeks', { all: [has('leg_pain_below_knee'), daysAtLeast(42)] }),
  seeDoctor('chronic', fact('onsetDaysAgo', 'greaterThan', 84)),
  seeDoctor('NG65', {
    all: [
      fact('onsetDaysAgo', 'greaterThan', 90),
      fact('ageAtOnset', 'lessThan', 45),
      fact('ng65CriteriaCount', 'greaterThanInclusive', 3),
    ],
  }),
  seeDoctor('pregnant with severe pain', { all: [has('pregnant'), painAtLeast(7)] }),
];
