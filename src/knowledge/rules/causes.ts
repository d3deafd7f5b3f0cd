// Contract §4.2: likely triggers and contributors (never diagnoses; reference §7). A cause whose
// defining findings are present is "likely"; weaker evidence makes it "possible" and ranks it
// after every defined cause. `rank` orders causes of equal strength: lower = stronger evidence.
import type { Cause } from '../schema.ts';
import { anyOf, has, medicineRule, ng65 } from './expressions.ts';

export const CAUSES: readonly Cause[] = [
  {
    code: 'inflammatory',
    title: 'Inflammatory back pain',
    explanation:
      'Your answers match NICE’s pattern for inflammatory back pain (axial spondyloarthritis), which a GP can look into. It is treatable.',
    defining: ng65,
    rank: 1,
    sources: ['nice-ng65', 'asas-ibp-2009'],
    evidence: 'verified',
  },
  {
    code: 'nerve_root',
    title: 'An irritated nerve root (sciatica)',
    explanation:
      'Pain, tingling or weakness going down one leg usually means a nerve root in the lower back is irritated, often by a disc. Most people improve over weeks to months.',
    defining: anyOf(
      'leg_pain_below_knee',
      'leg_pain_worse_than_back',
      'leg_numbness_tingling',
      'leg_weakness_one_side',
    ),
    supporting: has('pain_worse_straining'),
    rank: 2,
    sources: ['nhs-msk-leg-symptoms', 'rcem-lower-back-pain', 'konstantinou-2018-sciatica'],
    evidence: 'secondary',
  },
  {
    code: 'medication_related',
    title: 'A side effect of a new medicine',
    explanation:
      'Some medicines can cause muscle cramps soon after they are started or changed. The evidence is mostly about leg cramps, so it is a possibility to discuss with the prescriber, not a certainty.',
    defining: medicineRule,
    rank: 3,
    sources: ['garrison-2012-cramps', 'drug-induced-cramps', 'nhs-statins'],
    evidence: 'secondary',
  },
  {
    code: 'trauma',
    title: 'A fall, knock or strain',
    explanation: 'The pain began after an injury. The warning-sign questions make sure a broken bone is not missed.',
    defining: anyOf('minor_trauma', 'major_trauma'),
    rank: 4,
    sources: ['nice-cks-low-back-pain', 'downie-2013-red-flags'],
    evidence: 'secondary',
  },
  {
    code: 'pregnancy_related',
    title: 'Pregnancy',
    explanation:
      'Back and pelvic pain are very common in pregnancy as the body changes. The warning-sign questions still matter.',
    defining: has('pregnant'),
    rank: 5,
    sources: ['pregnancy-lbp-studies'],
    evidence: 'verified',
  },
  {
    code: 'lifting_strain',
    title: 'A lift or twist',
    explanation:
      'Lifting a heavy load, or a lift or twist, is a common trigger of a new episode, especially when tired or distracted. It does not mean lasting damage.',
    defining: anyOf('heavy_lifting', 'onset_during_lift_or_twist'),
    supporting: has('distracted_or_tired_during_task'),
    rank: 6,
    sources: ['steffens-2015-triggers', 'kwon-2011-occupational'],
    evidence: 'verified',
  },
  {
    code: 'postural',
    title: 'Long sitting or an awkward position',
    explanation:
      'Long spells of sitting or a bent, awkward position in the hours before can trigger an episode. Posture is a trigger, not a cause of lasting harm.',
    defining: anyOf('prolonged_sitting', 'awkward_posture_recent'),
    rank: 7,
    sources: ['steffens-2015-triggers', 'kwon-2011-occupational', 'da-silva-2019-recurrence'],
    evidence: 'verified',
  },
  {
    code: 'sport_overuse',
    title: 'Sport or a step up in training',
    explanation: 'Vigorous activity, or doing more than usual, can trigger an episode. Build back up gradually.',
    defining: anyOf('vigorous_activity_recent', 'new_or_increased_training'),
    rank: 8,
    sources: ['steffens-2015-triggers'],
    evidence: 'verified',
  },
  {
    code: 'piriformis',
    title: 'A tight buttock muscle (piriformis)',
    explanation:
      'Deep buttock pain that is worse when sitting can come from the piriformis muscle pressing near the sciatic nerve. It is a debated label with no single test.',
    defining: { all: [has('buttock_pain'), has('pain_worse_sitting')] },
    rank: 9,
    sources: ['hopayian-piriformis'],
    evidence: 'verified',
  },
  {
    code: 'menstrual',
    title: 'Your period',
    explanation:
      'Back cramps that come with periods are common. A regular pattern is reassuring, but new nerve, bladder or bowel symptoms still need urgent care.',
    defining: has('pain_cyclical_with_periods'),
    rank: 10,
    sources: ['hsib-ces-2021', 'unknot-clinical-reference'],
    evidence: 'unverified',
  },
  {
    code: 'dehydration_cramp',
    title: 'Fluid loss and cramps',
    explanation:
      'Heavy sweating, vomiting or diarrhoea, or cramps elsewhere, may go with muscle cramps. The evidence that fluid or salt loss causes cramps is weak, so do not over-drink to prevent them.',
    defining: anyOf('heavy_sweating_recent', 'vomiting_or_diarrhoea_recent', 'cramps_elsewhere'),
    supporting: has('med_diuretic'),
    rank: 11,
    sources: ['cramps-dehydration-reviews'],
    evidence: 'verified',
  },
  {
    code: 'deconditioning',
    title: 'Being mostly inactive',
    explanation:
      'There is no direct proof that inactivity causes spasms, but regular exercise with some education roughly halves the chance of a new episode.',
    defining: has('low_activity'),
    rank: 12,
    sources: ['steffens-2016-prevention'],
    evidence: 'verified',
  },
  {
    code: 'muscle_spasm_nonspecific',
    title: 'A muscle spasm without one clear trigger',
    explanation:
      'For most people no single cause can be found, and that is normal: a back spasm is usually not a sign of damage, and it settles.',
    supporting: anyOf('sudden_cramping', 'tight_knot', 'pain_on_movement'),
    rank: 99,
    sources: ['lancet-2018-what-is-lbp', 'nice-ng59'],
    evidence: 'verified',
  },
];
