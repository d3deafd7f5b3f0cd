// Contract §5: the findings that rule out an oral NSAID for self-care.
import type { FindingCode } from '../codes.ts';

/** Contract §5: any of these rules out an oral NSAID for self-care (an unsure answer counts). */
export const ORAL_NSAID_CONTRAINDICATIONS = [
  'pregnant',
  'breastfeeding',
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
