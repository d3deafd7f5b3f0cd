// Contract §5: the findings that rule out an oral NSAID for self-care, each with why, in plain
// words (reference §3 "NSAIDs"). The record is exhaustive by type: a contraindication added to
// the list without its sentence does not compile.
import type { FindingCode } from '../codes.ts';

/** Contract §5: any of these rules out an oral NSAID for self-care (an unsure answer counts). */
export const ORAL_NSAID_CONTRAINDICATIONS = [
  'pregnant',
  'nsaid_allergy_or_asthma_reaction',
  'stomach_ulcer_or_bleed_history',
  'kidney_disease',
  'liver_disease',
  'heart_failure',
  'heart_disease_or_stroke',
  'high_blood_pressure_uncontrolled',
  'inflammatory_bowel_disease',
  'long_term_oral_steroids',
  'immunosuppressed',
  'recent_infection_or_spinal_procedure',
  'med_anticoagulant',
  'med_antiplatelet',
  'med_other_nsaid',
  'med_ssri',
  'med_lithium',
  'med_diuretic',
] as const satisfies readonly FindingCode[];
export type OralNsaidContraindication = (typeof ORAL_NSAID_CONTRAINDICATIONS)[number];

/** Completes "Anti-inflammatory tablets are not a safe choice for you … because <why>". */
export const ORAL_NSAID_CONTRAINDICATION_WHY: Readonly<Record<OralNsaidContraindication, string>> = {
  pregnant: 'you are pregnant (from about 20 weeks they can harm the baby’s kidneys and heart)',
  nsaid_allergy_or_asthma_reaction: 'you have reacted to aspirin or an anti-inflammatory before',
  stomach_ulcer_or_bleed_history: 'you have had a stomach ulcer or bleed',
  kidney_disease: 'you have kidney disease',
  liver_disease: 'you have liver disease',
  heart_failure: 'you have heart failure',
  heart_disease_or_stroke: 'you have heart disease or have had a stroke',
  high_blood_pressure_uncontrolled: 'your blood pressure is not under control',
  inflammatory_bowel_disease: 'you have Crohn’s disease or colitis',
  long_term_oral_steroids: 'you take steroid tablets (together they raise the risk of stomach bleeding)',
  immunosuppressed: 'your immune system is weakened (an anti-inflammatory can hide a fever)',
  recent_infection_or_spinal_procedure:
    'you recently had a serious infection or spinal procedure (an anti-inflammatory can hide a fever)',
  med_anticoagulant: 'you take a blood thinner (bleeding risk)',
  med_antiplatelet: 'you take aspirin or another antiplatelet (bleeding risk)',
  med_other_nsaid: 'you already take another anti-inflammatory',
  med_ssri: 'you take an SSRI antidepressant (bleeding risk)',
  med_lithium: 'you take lithium (anti-inflammatories can raise lithium to harmful levels)',
  med_diuretic: 'you take a water tablet (kidney strain)',
};

/**
 * Contract §5 (*v2*, reference §11 [R120]): breastfeeding no longer rules ibuprofen out; the
 * plan item carries this caution instead.
 */
export const ORAL_NSAID_CAUTIONS_WHEN: readonly { readonly finding: FindingCode; readonly text: string }[] = [
  {
    finding: 'breastfeeding',
    text: 'Breastfeeding: ibuprofen is one of the preferred painkillers, because very little passes into breast milk. Ask a pharmacist first if your baby was born early, is only a few weeks old, or is unwell.',
  },
];
