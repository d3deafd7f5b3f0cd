// The closed sets of codes fixed by the assessment contract (../shared/contract/README.md).
// Codes are stable: never rename or reuse one. Each set is an `as const` array so that the
// literal codes become union types the compiler checks everywhere.

/** Contract §4: the nine cauda-equina findings; "not sure" to any of them counts as yes. */
export const CAUDA_EQUINA_FINDINGS = [
  'saddle_numbness',
  'altered_wiping_sensation',
  'urinary_difficulty_new',
  'urinary_sensation_change',
  'urinary_incontinence_new',
  'bowel_control_or_sensation_change',
  'sexual_function_change_new',
  'bilateral_leg_pain',
  'bilateral_leg_weakness_progressive',
] as const;

/** Contract §2.1: safety findings (red flags and what modifies them), cauda equina first. */
export const SAFETY_FINDINGS = [
  ...CAUDA_EQUINA_FINDINGS,
  'leg_weakness_progressive',
  'numbness_spreading',
  'chest_pain',
  'cardiac_symptoms_with_pain',
  'pain_with_exertion',
  'sudden_tearing_pain',
  'sudden_severe_pain_with_collapse',
  'known_aortic_aneurysm',
  'loin_to_groin_pain',
  'major_trauma',
  'minor_trauma',
  'visible_deformity_or_bruising',
  'osteoporosis',
  'long_term_oral_steroids',
  'cancer_history',
  'unexplained_weight_loss',
  'thoracic_spine_pain',
  'pain_progressive_or_unremitting',
  'pain_worse_straining',
  'night_pain_prevents_sleep',
  'localised_spinal_tenderness',
  'fever',
  'feeling_very_unwell',
  'immunosuppressed',
  'iv_drug_use',
  'recent_infection_or_spinal_procedure',
  'kidney_infection_signs',
  'pregnancy_warning_signs',
  'pregnancy_bleeding_or_severe_pain',
  'dark_urine',
  'widespread_muscle_pain',
  'unable_to_walk',
  'severe_or_worsening_pain',
  'pain_worsening_over_days',
  'worried_not_coping',
  'getting_better',
] as const;

/** Contract §2.2: inflammatory back pain features (meaningful only after 90 days). */
export const IBP_FINDINGS = [
  'ibp_insidious_onset',
  'ibp_better_with_movement',
  'ibp_not_better_with_rest',
  'ibp_night_waking_late',
  'ibp_buttock_pain',
  'ibp_nsaid_response',
  'ibp_family_history_spa',
  'ibp_associated_conditions',
] as const;

/** Contract §2.3: what happened around the onset (also the triggers a diary episode can name). */
const ONSET_CONTRIBUTORS = [
  'prolonged_sitting',
  'awkward_posture_recent',
  'heavy_lifting',
  'onset_during_lift_or_twist',
  'distracted_or_tired_during_task',
  'vigorous_activity_recent',
  'new_or_increased_training',
  'low_activity',
  'heavy_sweating_recent',
  'vomiting_or_diarrhoea_recent',
  'cramps_elsewhere',
  'pain_cyclical_with_periods',
] as const;

/** Contract §2.3: triggers, character and contributors. */
export const CONTRIBUTOR_FINDINGS = [
  ...ONSET_CONTRIBUTORS,
  'pregnant',
  'sudden_cramping',
  'tight_knot',
  'pain_on_movement',
  'leg_pain_below_knee',
  'leg_pain_worse_than_back',
  'leg_numbness_tingling',
  'leg_weakness_one_side',
  'buttock_pain',
  'pain_worse_sitting',
  'new_medicine_recent',
] as const;

/** Contract §2.4: medicines taken now. */
export const MEDICINE_FINDINGS = [
  'med_statin',
  'med_diuretic',
  'med_laba_inhaler',
  'med_anticoagulant',
  'med_antiplatelet',
  'med_ssri',
  'med_other_nsaid',
  'med_lithium',
] as const;

/** Contract §2.5: conditions that change what is safe. */
export const HEALTH_CONDITION_FINDINGS = [
  'nsaid_allergy_or_asthma_reaction',
  'stomach_ulcer_or_bleed_history',
  'kidney_disease',
  'liver_disease',
  'heart_failure',
  'heart_disease_or_stroke',
  'high_blood_pressure_uncontrolled',
  'inflammatory_bowel_disease',
  'breastfeeding',
  'alcohol_over_14_units',
  'weight_under_50kg',
  'reduced_skin_sensation',
  'poor_circulation',
  'diabetes',
] as const;

export const FINDING_CODES = [
  ...SAFETY_FINDINGS,
  ...IBP_FINDINGS,
  ...CONTRIBUTOR_FINDINGS,
  ...MEDICINE_FINDINGS,
  ...HEALTH_CONDITION_FINDINGS,
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type CaudaEquinaFinding = (typeof CAUDA_EQUINA_FINDINGS)[number];

/**
 * Contract §1 (*v2*): findings that imply another. An intake with either pregnancy warning code
 * is read as if `pregnant` were a finding too (and, where an unsure answer counts as yes, an
 * unsure one implies it there).
 */
export const FINDING_IMPLICATIONS: readonly { readonly implies: FindingCode; readonly from: readonly FindingCode[] }[] =
  [{ implies: 'pregnant', from: ['pregnancy_warning_signs', 'pregnancy_bleeding_or_severe_pain'] }];

/** Least urgent first, so a disposition's index is its rank. */
export const DISPOSITIONS = ['self_care', 'see_doctor', 'urgent', 'emergency'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const RED_FLAG_CODES = [
  'cauda_equina',
  'aortic_aneurysm',
  'renal_colic',
  'cardiac',
  'fracture',
  'spinal_infection',
  'malignancy',
  'progressive_neuro_deficit',
  'rhabdomyolysis',
  'pregnancy_complication',
  'kidney_infection',
  'axial_spondyloarthritis',
  'under_16',
] as const;
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];

export const CAUSE_CODES = [
  'postural',
  'lifting_strain',
  'trauma',
  'sport_overuse',
  'deconditioning',
  'dehydration_cramp',
  'medication_related',
  'pregnancy_related',
  'menstrual',
  'nerve_root',
  'piriformis',
  'inflammatory',
  'muscle_spasm_nonspecific',
] as const;
export type CauseCode = (typeof CAUSE_CODES)[number];

export const CAUSE_STRENGTHS = ['likely', 'possible'] as const;
export type CauseStrength = (typeof CAUSE_STRENGTHS)[number];

export const PLAN_KINDS = ['referral', 'comfort', 'movement', 'exercise', 'medicine', 'advice'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Contract §3.3 plan codes plus Unknot's own (`do_not_drive`, `topical_rub`). */
export const PLAN_CODES = [
  'call_emergency',
  'do_not_drive',
  'urgent_same_day',
  'book_doctor',
  'contact_prescriber',
  'short_rest_position',
  'heat',
  'cold',
  'massage',
  'stay_active',
  'walking',
  'gentle_stretch',
  'knee_to_chest',
  'pelvic_tilt',
  'single_leg_raise',
  'exercise_programme',
  'nsaid_oral',
  'topical_rub',
  'posture_breaks',
  'lifting_technique',
] as const;
export type PlanCode = (typeof PLAN_CODES)[number];

export const AVOID_CODES = [
  'bed_rest',
  'paracetamol_alone',
  'stop_medicine_alone',
  'hot_over_40c',
  'routine_imaging',
  'nsaid_oral',
] as const;
export type AvoidCode = (typeof AVOID_CODES)[number];

export const SEXES = ['female', 'male', 'other'] as const;
export type Sex = (typeof SEXES)[number];

export const EVIDENCE_LEVELS = ['verified', 'secondary', 'unverified'] as const;
/** The clinical reference's tags: [V] read in the primary source, [S] secondary only, [U] unverified. */
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Coded body areas for diary episodes. `saddle_area` is where sitting touches (a warning area). */
export const BODY_AREAS = [
  'lower_back_centre',
  'lower_back_left',
  'lower_back_right',
  'upper_back',
  'buttock_left',
  'buttock_right',
  'hip_left',
  'hip_right',
  'groin',
  'saddle_area',
  'thigh_left',
  'thigh_right',
  'leg_below_knee_left',
  'leg_below_knee_right',
  'foot_left',
  'foot_right',
  'abdomen',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/** Contract §2.3: the codes a diary episode may name as its triggers. */
export const TRIGGER_CODES = [...ONSET_CONTRIBUTORS, 'new_medicine_recent'] as const satisfies readonly FindingCode[];
export type TriggerCode = (typeof TRIGGER_CODES)[number];
