// Contract §4: every rule that raises the disposition above self-care, as data. The engine
// takes the most urgent rule that holds. Reasons are in plain words; the engine puts the
// matching answers in front of them ("You said yes to: …").
import { CAUDA_EQUINA_FINDINGS } from '../codes.ts';
import type { DispositionRule, SafetyNet } from '../schema.ts';
import {
  caudaEquina,
  fragility,
  has,
  infectionRisk,
  malignancyFeature,
  medicineRule,
  neuro,
  ng65,
  twoMalignancyFeatures,
} from './expressions.ts';

const EMERGENCY_RULES: readonly DispositionRule[] = [
  {
    id: 'rule/cauda-equina',
    level: 'emergency',
    when: caudaEquina,
    flags: ['cauda_equina'],
    reason:
      'These can be signs that the nerves at the base of the spine are being squeezed (cauda equina syndrome). It needs an emergency scan within hours to protect bladder, bowel and leg function.',
    sources: ['girft-ces-2023', 'rcr-ces-mri-2023', 'ces-warning-card', 'hsib-ces-2021'],
    evidence: 'secondary',
  },
  {
    id: 'rule/bilateral-progressive-weakness',
    level: 'emergency',
    when: has('bilateral_leg_weakness_progressive'),
    flags: ['progressive_neuro_deficit'],
    reason: 'Both legs getting weaker or number is a nerve emergency.',
    sources: ['cornwall-lbp-referral', 'nice-cks-low-back-pain'],
    evidence: 'secondary',
  },
  {
    id: 'rule/chest-pain',
    level: 'emergency',
    when: has('chest_pain'),
    flags: ['cardiac'],
    reason:
      'Chest pain with back pain can come from the heart or a major blood vessel, so it is treated as an emergency.',
    sources: ['nhs-heart-attack', 'nhs-back-pain', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    id: 'rule/cardiac-symptoms',
    level: 'emergency',
    when: has('cardiac_symptoms_with_pain'),
    flags: ['cardiac'],
    reason:
      'A heart attack can be felt in the back. With breathlessness, a heavy or tight chest, or pain spreading to the arm, jaw or neck, call an ambulance now.',
    sources: ['nhs-heart-attack', 'acs-back-pain-cases', 'mi-upper-back-pain-case'],
    evidence: 'verified',
  },
  {
    id: 'rule/sudden-tearing-pain',
    level: 'emergency',
    when: has('sudden_tearing_pain'),
    flags: ['aortic_aneurysm'],
    reason:
      'Sudden, very severe pain that feels tearing, or that was at its worst within a minute and is the same in every position, can be a tear in the main artery. Call an ambulance now.',
    sources: ['nhs-aortic-dissection', 'mi-upper-back-pain-case'],
    evidence: 'secondary',
  },
  {
    id: 'rule/pregnancy-bleeding-or-severe-pain',
    level: 'emergency',
    when: has('pregnancy_bleeding_or_severe_pain'),
    flags: ['pregnancy_complication'],
    reason:
      'In pregnancy, bleeding, constant severe tummy pain or the baby moving less than usual needs help straight away: call your maternity unit or an ambulance now.',
    sources: ['nhs-pregnancy-bleeding-pain', 'nhs-baby-movements'],
    evidence: 'secondary',
  },
  {
    id: 'rule/collapse',
    level: 'emergency',
    when: has('sudden_severe_pain_with_collapse'),
    flags: ['aortic_aneurysm'],
    reason:
      'Sudden severe pain with fainting, cold sweats or clamminess can mean the main artery in the tummy is leaking. Call an ambulance.',
    sources: ['nice-ng156-aaa'],
    evidence: 'secondary',
  },
  {
    id: 'rule/known-aneurysm-severe',
    level: 'emergency',
    when: {
      all: [
        has('known_aortic_aneurysm'),
        { any: [{ fact: 'painNow', op: 'gte', value: 7 }, has('severe_or_worsening_pain')] },
      ],
    },
    flags: ['aortic_aneurysm'],
    reason:
      'Severe back pain in someone known to have an aortic aneurysm must be treated as a possible leak until proven otherwise.',
    sources: ['nice-ng156-aaa'],
    evidence: 'secondary',
  },
  {
    id: 'rule/loin-to-groin-55',
    level: 'emergency',
    when: { all: [has('loin_to_groin_pain'), { fact: 'age', op: 'gte', value: 55 }] },
    flags: ['aortic_aneurysm'],
    reason:
      'From age 55, "kidney stone" pain from the side to the groin is treated as a possible aortic aneurysm until a doctor has ruled it out.',
    sources: ['nice-ng156-aaa'],
    evidence: 'secondary',
  },
  {
    id: 'rule/major-trauma',
    level: 'emergency',
    when: has('major_trauma'),
    flags: ['fracture'],
    reason: 'Back pain after a serious accident needs emergency care to check for a broken bone in the spine.',
    sources: ['nhs-back-pain', 'nice-cks-low-back-pain', 'downie-2013-red-flags'],
    evidence: 'secondary',
  },
  {
    id: 'rule/fever-unwell-or-neuro',
    level: 'emergency',
    when: { all: [has('fever'), { any: [has('feeling_very_unwell'), neuro] }] },
    flags: ['spinal_infection', 'progressive_neuro_deficit', 'cauda_equina'],
    reason:
      'A temperature together with feeling very unwell or with nerve symptoms can mean a serious infection in or near the spine. It needs emergency care.',
    sources: ['michigan-spinal-infection', 'nhs-back-pain', 'south-tees-pathway'],
    evidence: 'secondary',
  },
  {
    id: 'rule/cancer-with-neuro',
    level: 'emergency',
    when: { all: [has('cancer_history'), neuro] },
    flags: ['malignancy', 'progressive_neuro_deficit', 'cauda_equina'],
    reason:
      'After a cancer, new nerve symptoms with back pain can mean pressure on the spinal cord. Guidance treats this as an emergency.',
    sources: ['nice-ng234-mscc'],
    evidence: 'verified',
  },
];

const URGENT_RULES: readonly DispositionRule[] = [
  {
    id: 'rule/pain-with-exertion',
    level: 'urgent',
    when: has('pain_with_exertion'),
    flags: ['cardiac'],
    reason:
      'Pain that comes on with effort and settles within minutes of rest can come from the heart, wherever it is felt. A doctor should check you today; if it comes on at rest or does not settle, call an ambulance.',
    sources: ['nice-cg95-chest-pain', 'acs-back-pain-cases'],
    evidence: 'verified',
  },
  {
    id: 'rule/leg-weakness-progressive',
    level: 'urgent',
    when: has('leg_weakness_progressive'),
    flags: ['progressive_neuro_deficit'],
    reason: 'A leg or foot getting weaker means a nerve is under growing pressure. A doctor should examine you today.',
    sources: ['south-tees-pathway', 'uk-referral-guidance-lbp'],
    evidence: 'secondary',
  },
  {
    id: 'rule/numbness-spreading',
    level: 'urgent',
    when: has('numbness_spreading'),
    flags: ['progressive_neuro_deficit'],
    reason: 'Numbness that is spreading needs a same-day examination.',
    sources: ['south-tees-pathway'],
    evidence: 'secondary',
  },
  {
    id: 'rule/fever',
    level: 'urgent',
    when: has('fever'),
    flags: ['spinal_infection'],
    reason: 'A temperature with back pain needs a same-day check for infection.',
    sources: ['nhs-back-pain', 'south-tees-pathway', 'michigan-spinal-infection'],
    evidence: 'secondary',
  },
  {
    id: 'rule/iv-drug-use',
    level: 'urgent',
    when: has('iv_drug_use'),
    flags: ['spinal_infection'],
    reason: 'Injecting drugs makes a spine infection more likely, so back pain needs a same-day check.',
    sources: ['nice-cks-low-back-pain'],
    evidence: 'secondary',
  },
  {
    id: 'rule/deformity-or-bruising',
    level: 'urgent',
    when: has('visible_deformity_or_bruising'),
    flags: ['fracture'],
    reason:
      'A new bump, step, bruise or graze over the spine is the strongest single sign of a broken bone in the spine.',
    sources: ['downie-2013-red-flags', 'nhs-back-pain'],
    evidence: 'verified',
  },
  {
    id: 'rule/known-aneurysm',
    level: 'urgent',
    when: has('known_aortic_aneurysm'),
    flags: ['aortic_aneurysm'],
    reason: 'With a known aortic aneurysm, new back pain should be checked by a doctor today.',
    sources: ['nice-ng156-aaa'],
    evidence: 'secondary',
  },
  {
    id: 'rule/loin-to-groin-under-55',
    level: 'urgent',
    when: { all: [has('loin_to_groin_pain'), { fact: 'age', op: 'lt', value: 55 }] },
    flags: ['renal_colic'],
    reason: 'Severe pain from the side to the groin is often a kidney stone and should be seen today.',
    sources: ['nice-ng156-aaa', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    id: 'rule/cancer-with-feature',
    level: 'urgent',
    when: { all: [has('cancer_history'), { any: [malignancyFeature, has('unexplained_weight_loss')] }] },
    flags: ['malignancy'],
    reason:
      'After a cancer, back pain with these features should be discussed with a doctor within 24 hours (national guidance on spinal metastases).',
    sources: ['nice-ng234-mscc'],
    evidence: 'verified',
  },
  {
    id: 'rule/weight-loss-with-feature',
    level: 'urgent',
    when: { all: [has('unexplained_weight_loss'), malignancyFeature] },
    flags: ['malignancy'],
    reason: 'Weight loss without trying together with these pain features should be checked by a doctor today.',
    sources: ['nice-cks-low-back-pain', 'nhs-back-pain'],
    evidence: 'secondary',
  },
  {
    id: 'rule/two-malignancy-features-50',
    level: 'urgent',
    when: { all: [twoMalignancyFeatures, { fact: 'age', op: 'gte', value: 50 }] },
    flags: ['malignancy'],
    reason:
      'One of these on its own is usually harmless, but two or more together from age 50 should be checked by a doctor today.',
    sources: ['nice-cks-low-back-pain', 'nice-ng234-mscc', 'nhs-back-pain', 'metastasis-back-pain-cases'],
    evidence: 'secondary',
  },
  {
    id: 'rule/weight-loss-60',
    level: 'urgent',
    when: { all: [has('unexplained_weight_loss'), { fact: 'age', op: 'gte', value: 60 }] },
    flags: ['malignancy'],
    reason: 'From age 60, back pain with weight loss you cannot explain needs tests soon; speak to a doctor today.',
    sources: ['nice-ng12-suspected-cancer', 'nhs-back-pain', 'metastasis-back-pain-cases'],
    evidence: 'verified',
  },
  {
    id: 'rule/infection-risk-with-pain',
    level: 'urgent',
    when: {
      all: [infectionRisk, { any: [has('pain_progressive_or_unremitting'), has('night_pain_prevents_sleep')] }],
    },
    flags: ['spinal_infection', 'malignancy'],
    reason:
      'When infections are more likely (diabetes, a weak immune system, injecting drugs, or a recent infection or spinal procedure), pain that keeps getting worse or stops sleep needs a same-day check, even without a temperature.',
    sources: ['darouiche-2006-epidural-abscess', 'michigan-spinal-infection'],
    evidence: 'secondary',
  },
  {
    id: 'rule/fragility-fracture-severe',
    level: 'urgent',
    when: {
      all: [
        has('minor_trauma'),
        fragility,
        {
          any: [{ fact: 'painNow', op: 'gte', value: 8 }, has('unable_to_walk'), has('severe_or_worsening_pain')],
        },
      ],
    },
    flags: ['fracture'],
    reason:
      'A fall or strain when bones may be fragile, with severe pain or not being able to walk, needs a same-day check for a broken bone.',
    sources: ['nice-cks-low-back-pain', 'south-tees-pathway', 'henschke-2009-red-flags'],
    evidence: 'secondary',
  },
  {
    id: 'rule/statin-muscle-pain',
    level: 'urgent',
    when: { all: [has('med_statin'), has('widespread_muscle_pain')] },
    flags: ['rhabdomyolysis'],
    reason:
      'Unexplained muscle pain while taking a statin can be a rare muscle reaction. Get same-day advice about the statin from a doctor or NHS 111.',
    sources: ['nhs-statins'],
    evidence: 'secondary',
  },
  {
    id: 'rule/dark-urine',
    level: 'urgent',
    when: has('dark_urine'),
    flags: ['rhabdomyolysis'],
    reason:
      'Dark, cola-coloured urine with muscle pain can mean muscle breakdown, which can harm the kidneys. Get checked today.',
    sources: ['nhs-statins', 'unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    id: 'rule/kidney-infection',
    level: 'urgent',
    when: has('kidney_infection_signs'),
    flags: ['kidney_infection'],
    reason:
      'Side pain with a temperature and burning or frequent urine can be a kidney infection, which needs treatment today.',
    sources: ['unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    id: 'rule/pregnancy-warning-signs',
    level: 'urgent',
    when: has('pregnancy_warning_signs'),
    flags: ['pregnancy_complication'],
    reason: 'In pregnancy, back pain with these signs needs your maternity unit today.',
    sources: ['unknot-clinical-reference'],
    evidence: 'unverified',
  },
];

const SEE_DOCTOR_RULES: readonly DispositionRule[] = [
  {
    id: 'rule/under-16',
    level: 'see_doctor',
    when: { fact: 'age', op: 'lt', value: 16 },
    flags: ['under_16'],
    reason:
      'The guidance Unknot follows is for people aged 16 and over, so a doctor should check back pain at your age.',
    sources: ['nice-ng59'],
    evidence: 'verified',
  },
  {
    id: 'rule/cancer-history',
    level: 'see_doctor',
    when: has('cancer_history'),
    flags: ['malignancy'],
    reason:
      'After any cancer, new back pain is worth a doctor’s check within days, even though it is usually not serious.',
    sources: ['downie-2013-red-flags', 'henschke-2013-malignancy-flags', 'nice-ng234-mscc'],
    evidence: 'verified',
  },
  {
    id: 'rule/weight-loss',
    level: 'see_doctor',
    when: has('unexplained_weight_loss'),
    flags: ['malignancy'],
    reason: 'Losing weight without trying should be checked by a doctor.',
    sources: ['nice-cks-low-back-pain', 'nhs-back-pain'],
    evidence: 'secondary',
  },
  {
    id: 'rule/malignancy-feature',
    level: 'see_doctor',
    when: malignancyFeature,
    flags: ['malignancy'],
    reason: 'This kind of pain is usually harmless, but guidance asks a doctor to look at it within days.',
    sources: ['nhs-back-pain', 'nice-ng234-mscc'],
    evidence: 'secondary',
  },
  {
    id: 'rule/immunosuppressed',
    level: 'see_doctor',
    when: has('immunosuppressed'),
    flags: ['spinal_infection'],
    reason: 'A weakened immune system makes infections easier to catch, so a doctor should check your back pain.',
    sources: ['nice-cks-low-back-pain'],
    evidence: 'secondary',
  },
  {
    id: 'rule/recent-infection-or-procedure',
    level: 'see_doctor',
    when: has('recent_infection_or_spinal_procedure'),
    flags: ['spinal_infection'],
    reason:
      'A recent serious infection or spinal procedure makes a spine infection more likely; a doctor should check.',
    sources: ['nice-cks-low-back-pain', 'spinal-infection-risk-2019'],
    evidence: 'secondary',
  },
  {
    id: 'rule/fragility-fracture',
    level: 'see_doctor',
    when: { all: [has('minor_trauma'), fragility] },
    flags: ['fracture'],
    reason:
      'A minor fall or strain can crack a bone when bones are fragile (thin bones, long-term steroids, or age 70 or over).',
    sources: ['nice-cks-low-back-pain', 'henschke-2009-red-flags', 'downie-2013-red-flags'],
    evidence: 'verified',
  },
  {
    id: 'rule/osteoporosis',
    level: 'see_doctor',
    when: has('osteoporosis'),
    flags: ['fracture'],
    reason: 'With thin bones, new back pain can come from a small crack in a bone; a doctor should check.',
    sources: ['nice-cks-low-back-pain', 'south-tees-pathway'],
    evidence: 'secondary',
  },
  {
    id: 'rule/long-term-steroids',
    level: 'see_doctor',
    when: has('long_term_oral_steroids'),
    flags: ['fracture'],
    reason: 'Long-term steroid tablets thin the bones; they are one of the most telling signs of a spine fracture.',
    sources: ['henschke-2009-red-flags', 'downie-2013-red-flags'],
    evidence: 'verified',
  },
  {
    id: 'rule/unable-to-walk',
    level: 'see_doctor',
    when: has('unable_to_walk'),
    flags: [],
    reason: 'Not being able to walk or stand because of the pain needs a doctor’s help.',
    sources: ['nhs-back-pain', 'unknot-clinical-reference'],
    evidence: 'secondary',
  },
  {
    id: 'rule/severe-or-worsening',
    level: 'see_doctor',
    when: {
      all: [
        has('severe_or_worsening_pain'),
        {
          any: [
            { fact: 'onsetDaysAgo', op: 'gte', value: 7 },
            { fact: 'age', op: 'gte', value: 50 },
          ],
        },
      ],
    },
    flags: [],
    reason:
      'Very severe or worsening pain, or pain that stops everyday life, after the first week or from age 50, is a reason to get help from a GP or physio.',
    sources: ['nhs-back-pain', 'pace-trial-2014', 'acute-lbp-consultation'],
    evidence: 'secondary',
  },
  {
    id: 'rule/pain-worsening-over-days',
    level: 'see_doctor',
    when: has('pain_worsening_over_days'),
    flags: [],
    reason:
      'A spasm is usually at its worst at the start and then eases. Pain that gets worse day after day should be checked by a GP or physio.',
    sources: ['nhs-back-pain', 'pace-trial-2014'],
    evidence: 'secondary',
  },
  {
    id: 'rule/worried-not-coping',
    level: 'see_doctor',
    when: has('worried_not_coping'),
    flags: [],
    reason: 'Worry and struggling to cope make pain harder and slower to settle; a GP or physio can help with both.',
    sources: ['nhs-back-pain', 'lancet-2018-what-is-lbp'],
    evidence: 'secondary',
  },
  {
    id: 'rule/feeling-very-unwell',
    level: 'see_doctor',
    when: has('feeling_very_unwell'),
    flags: [],
    reason: 'Feeling very unwell overall is not typical of a simple back spasm, so a doctor should check.',
    sources: ['unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    id: 'rule/widespread-muscle-pain',
    level: 'see_doctor',
    when: has('widespread_muscle_pain'),
    flags: [],
    reason: 'Unexplained muscle pain in other places too is not typical of a back spasm and should be checked.',
    sources: ['nhs-statins', 'unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    id: 'rule/leg-weakness-one-side',
    level: 'see_doctor',
    when: has('leg_weakness_one_side'),
    flags: [],
    reason: 'A weaker leg means a nerve root may be pressed on; a doctor or physio should examine it within days.',
    sources: ['nhs-msk-leg-symptoms', 'oliveira-2018-guidelines'],
    evidence: 'secondary',
  },
  {
    id: 'rule/new-cramp-medicine',
    level: 'see_doctor',
    when: medicineRule,
    flags: [],
    reason:
      'Some medicines (statins, water tablets, long-acting inhalers, lithium) can cause cramps. Ask the prescriber about it soon, and do not stop it on your own.',
    sources: ['garrison-2012-cramps', 'drug-induced-cramps', 'stopping-medication-advice'],
    evidence: 'secondary',
  },
  {
    id: 'rule/not-improving-4-weeks',
    level: 'see_doctor',
    when: { all: [{ fact: 'onsetDaysAgo', op: 'gte', value: 28 }, { absent: 'getting_better' }] },
    flags: [],
    reason:
      'Most episodes ease a lot within a month. Pain that has not started to improve after 4 weeks deserves a review.',
    diaryTitle: 'Not improving after 4 weeks: book a doctor',
    sources: ['oliveira-2018-guidelines', 'pengel-2003-prognosis', 'unknot-clinical-reference'],
    evidence: 'verified',
  },
  {
    id: 'rule/leg-pain-6-weeks',
    level: 'see_doctor',
    when: { all: [has('leg_pain_below_knee'), { fact: 'onsetDaysAgo', op: 'gte', value: 42 }] },
    flags: [],
    reason: 'Leg pain below the knee that has lasted 6 weeks or more should be reviewed, even if it is easing.',
    diaryTitle: 'Leg pain after 6 weeks: book a doctor',
    sources: ['uk-referral-guidance-lbp', 'nhs-msk-leg-symptoms'],
    evidence: 'secondary',
  },
  {
    id: 'rule/chronic',
    level: 'see_doctor',
    when: { fact: 'onsetDaysAgo', op: 'gt', value: 84 },
    flags: [],
    reason: 'Back pain lasting more than 12 weeks counts as long-term; a GP or physio can make a care plan with you.',
    diaryTitle: 'Pain for more than 12 weeks: book a doctor',
    sources: ['acp-2017', 'uk-referral-guidance-lbp', 'oliveira-2018-guidelines'],
    evidence: 'secondary',
  },
  {
    id: 'rule/ng65',
    level: 'see_doctor',
    when: ng65,
    flags: ['axial_spondyloarthritis'],
    reason:
      'Long-lasting back pain that started before 45 with these features matches NICE’s rule for checking for inflammatory back pain (axial spondyloarthritis).',
    sources: ['nice-ng65'],
    evidence: 'verified',
  },
  {
    id: 'rule/pregnant-severe-pain',
    level: 'see_doctor',
    when: { all: [has('pregnant'), { fact: 'painNow', op: 'gte', value: 7 }] },
    flags: [],
    reason:
      'Severe back pain in pregnancy should be checked by your midwife or GP, and many pain medicines are not safe in pregnancy.',
    sources: ['pregnancy-lbp-studies', 'fda-nsaids-pregnancy-2020'],
    evidence: 'secondary',
  },
];

/** All rules, most urgent first. */
export const DISPOSITION_RULES: readonly DispositionRule[] = [...EMERGENCY_RULES, ...URGENT_RULES, ...SEE_DOCTOR_RULES];

/**
 * Contract §4 (*v2*): in the first week below age 50 a very painful spasm alone is self-care, with
 * this safety net in the reasons. Shown whenever its condition holds and care is not urgent.
 */
export const SAFETY_NETS: readonly SafetyNet[] = [
  {
    id: 'safety-net/severe-first-week',
    when: {
      all: [
        has('severe_or_worsening_pain'),
        { fact: 'onsetDaysAgo', op: 'lt', value: 7 },
        { fact: 'age', op: 'lt', value: 50 },
      ],
    },
    atDispositions: ['self_care', 'see_doctor'],
    text: 'Very strong pain in the first days of a spasm is common and is still safe to look after at home. See a GP or physio if it is not easing at all within 3 days, or if it gets worse.',
    sources: ['acute-lbp-consultation', 'pace-trial-2014', 'nhs-back-pain'],
    evidence: 'secondary',
  },
];

/** The codes whose "not sure" counts as yes (contract §4 "Unsure answers"). */
export const UNSURE_COUNTS_AS_YES = CAUDA_EQUINA_FINDINGS;
