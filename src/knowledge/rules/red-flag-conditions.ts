// Contract §3.1 / §4.1: the serious conditions the red-flag screen looks for, and the findings
// each one reports. Wording is ours; evidence from ../shared/clinical/reference.md §1 and §8.
import { CAUDA_EQUINA_FINDINGS } from '../codes.ts';
import type { RedFlagCondition } from '../schema.ts';
import { MALIGNANCY_FEATURES } from './expressions.ts';

export const RED_FLAG_CONDITIONS: readonly RedFlagCondition[] = [
  {
    code: 'cauda_equina',
    title: 'Pressure on the nerves at the base of the spine (cauda equina syndrome)',
    summary:
      'The bundle of nerves at the bottom of the spine can be squeezed, usually by a disc. It needs an emergency scan within hours: treated early, bladder, bowel and leg function can be saved.',
    findings: CAUDA_EQUINA_FINDINGS,
    sources: ['girft-ces-2023', 'rcr-ces-mri-2023', 'ces-warning-card', 'hsib-ces-2021', 'cornwall-lbp-referral'],
    evidence: 'secondary',
  },
  {
    code: 'aortic_aneurysm',
    title: 'A problem with the main artery in the tummy (aortic aneurysm)',
    summary:
      'The aorta can swell and leak, or tear, and cause sudden severe back, tummy or chest pain. This is a medical emergency: call an ambulance.',
    findings: [
      'sudden_severe_pain_with_collapse',
      'known_aortic_aneurysm',
      'loin_to_groin_pain',
      'sudden_tearing_pain',
    ],
    sources: ['nice-ng156-aaa', 'nhs-aortic-dissection'],
    evidence: 'secondary',
  },
  {
    code: 'renal_colic',
    title: 'Possible kidney stone (renal colic)',
    summary:
      'Severe pain from the side to the groin is often a kidney stone. A doctor should see you today to confirm it and control the pain.',
    findings: ['loin_to_groin_pain'],
    sources: ['nice-ng156-aaa', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    code: 'cardiac',
    title: 'Possible heart problem',
    summary:
      'A heart attack or angina can be felt in the back. Chest pain, breathlessness, pain spreading to the arm, jaw or neck, or pain that comes with effort and settles with rest, need a doctor at once.',
    findings: ['chest_pain', 'cardiac_symptoms_with_pain', 'pain_with_exertion'],
    sources: ['nhs-heart-attack', 'nice-cg95-chest-pain', 'acs-back-pain-cases', 'nhs-back-pain'],
    evidence: 'verified',
  },
  {
    code: 'fracture',
    title: 'Possible broken bone in the spine (vertebral fracture)',
    summary:
      'A serious injury, or a small one when bones are thin, can crack a bone in the spine. It needs an examination and often an X-ray.',
    findings: [
      'major_trauma',
      'visible_deformity_or_bruising',
      'minor_trauma',
      'osteoporosis',
      'long_term_oral_steroids',
    ],
    sources: [
      'henschke-2009-red-flags',
      'downie-2013-red-flags',
      'williams-2013-fracture-flags',
      'nice-cks-low-back-pain',
    ],
    evidence: 'verified',
  },
  {
    code: 'spinal_infection',
    title: 'Possible infection in the spine',
    summary:
      'Rarely, an infection settles in a bone or disc of the spine. A temperature, diabetes or a weak immune system makes it more likely, and half of people with it have no temperature; it needs a doctor to check.',
    findings: ['fever', 'iv_drug_use', 'immunosuppressed', 'recent_infection_or_spinal_procedure', 'diabetes'],
    sources: [
      'michigan-spinal-infection',
      'darouiche-2006-epidural-abscess',
      'spinal-infection-risk-2019',
      'nice-cks-low-back-pain',
      'nhs-back-pain',
    ],
    evidence: 'secondary',
  },
  {
    code: 'malignancy',
    title: 'A cause that needs ruling out (such as cancer affecting the spine)',
    summary:
      'This is rare, and most people with these answers do not have it, but a doctor should check. A past cancer is the answer that matters most.',
    findings: ['cancer_history', 'unexplained_weight_loss', ...MALIGNANCY_FEATURES],
    sources: ['nice-ng234-mscc', 'downie-2013-red-flags', 'henschke-2013-malignancy-flags', 'nhs-back-pain'],
    evidence: 'verified',
  },
  {
    code: 'progressive_neuro_deficit',
    title: 'Nerve weakness or numbness that is getting worse',
    summary:
      'Weakness or numbness that is spreading means a nerve is under growing pressure. A doctor needs to examine you the same day.',
    findings: ['leg_weakness_progressive', 'numbness_spreading', 'bilateral_leg_weakness_progressive'],
    sources: ['south-tees-pathway', 'uk-referral-guidance-lbp'],
    evidence: 'secondary',
  },
  {
    code: 'rhabdomyolysis',
    title: 'Possible muscle breakdown (rhabdomyolysis)',
    summary:
      'Muscle damage can release substances that harm the kidneys. Dark urine, or unexplained muscle pain while taking a statin, needs same-day advice: tell them about any statin you take and ask what to do with it today.',
    findings: ['dark_urine', 'med_statin', 'widespread_muscle_pain'],
    sources: ['nhs-statins', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    code: 'pregnancy_complication',
    title: 'Possible pregnancy complication',
    summary:
      'In pregnancy, bleeding, constant severe tummy pain or the baby moving less needs help at once; leaking fluid, regular tightenings, a fever or burning urine need your maternity unit today.',
    findings: ['pregnancy_warning_signs', 'pregnancy_bleeding_or_severe_pain'],
    sources: ['nhs-pregnancy-bleeding-pain', 'nhs-baby-movements', 'unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    code: 'kidney_infection',
    title: 'Possible kidney infection',
    summary:
      'Side pain with a temperature and burning or frequent urine can be a kidney infection, which needs treatment today.',
    findings: ['kidney_infection_signs'],
    sources: ['unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    code: 'axial_spondyloarthritis',
    title: 'Possible inflammatory back pain (axial spondyloarthritis)',
    summary:
      'Long-lasting back pain that began young and eases with movement can be an inflammatory condition. It is not an emergency, but a GP should assess you and may refer you to a rheumatologist.',
    findings: [
      'ibp_night_waking_late',
      'ibp_buttock_pain',
      'ibp_better_with_movement',
      'ibp_nsaid_response',
      'ibp_family_history_spa',
      'ibp_associated_conditions',
    ],
    sources: ['nice-ng65', 'asas-ibp-2009'],
    evidence: 'verified',
  },
  {
    code: 'under_16',
    title: 'Under 16',
    summary:
      'The guidance Unknot follows covers people aged 16 and over. Back pain in children and young teenagers should be checked by a doctor.',
    findings: [],
    sources: ['nice-ng59'],
    evidence: 'verified',
  },
];
