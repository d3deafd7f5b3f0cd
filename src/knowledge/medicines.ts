// Medicine notes (reference §3 and §4 rows 7–9). Only ibuprofen is offered in a self-care plan
// (rules/plan-policy.ts); the others are here so the app can explain them when asked. The
// contraindications of the oral anti-inflammatories are exactly contract §5's list.
import {
  ORAL_NSAID_CAUTIONS_WHEN,
  ORAL_NSAID_CONTRAINDICATION_WHY,
  ORAL_NSAID_CONTRAINDICATIONS,
} from './rules/nsaid-contraindications.ts';
import type { MedicineNote } from './schema.ts';

/** Contract §5: oral NSAIDs are not offered for self-care from this age. */
const ORAL_NSAID_FROM_AGE = {
  age: 65,
  why: 'you are 65 or over, when side effects on the stomach, kidneys and heart are more likely',
} as const;

const ORAL_NSAID_RULED_OUT_BY = ORAL_NSAID_CONTRAINDICATIONS.map((code) => ({
  code,
  why: ORAL_NSAID_CONTRAINDICATION_WHY[code],
}));

/**
 * Why each contraindication matters, in plain words (reference §3 "NSAIDs": NHS [S], FDA [V]).
 * The lithium and diuretic interactions are standard pharmacology that the reference does not
 * source; they are in the contract's list, so we explain them.
 */
const ORAL_NSAID_CAUTIONS = [
  'Pregnancy: not for self-care. From about 20 weeks, anti-inflammatories can harm the baby’s kidneys and lower the fluid around the baby, and later in pregnancy they can affect the baby’s heart. Earlier on, ask a midwife, doctor or pharmacist.',
  'Breastfeeding: ibuprofen is a preferred painkiller; ask a pharmacist first if the baby was premature, is under a few weeks old or is unwell.',
  'Do not take it if aspirin or any anti-inflammatory has ever given you an allergic reaction, wheezing or an asthma attack.',
  'It can cause stomach ulcers and bleeding. The risk is higher if you have had an ulcer or bleed before, or take steroid tablets, blood thinners, aspirin or SSRI antidepressants, and it can make Crohn’s disease or ulcerative colitis flare up.',
  'It can strain the kidneys, heart and blood pressure: not for self-care with kidney or liver disease, heart failure, heart disease or a past stroke, or high blood pressure that is not under control.',
  'With lithium it can push lithium to harmful levels, and with water tablets (diuretics) it can harm the kidneys.',
  'It can hide a fever. If your immune system is weakened, or you have recently had a serious infection or a spinal injection or operation, a fever is an important warning sign, so do not take it without a doctor’s advice.',
  'From age 65 the risk of stomach bleeding and kidney problems is higher: ask a doctor or pharmacist before taking it.',
  'Stop and get urgent medical help if you pass black or tarry stools, vomit blood, get bad tummy pain, become wheezy, or your face, lips or throat swell.',
  'Never take two anti-inflammatories together, and check cold and flu remedies and other painkillers for hidden ibuprofen or aspirin.',
] as const;

export const MEDICINES: readonly MedicineNote[] = [
  {
    id: 'medicine/ibuprofen',
    name: 'Ibuprofen',
    kind: 'oral-nsaid',
    availability: 'over-the-counter',
    summary:
      'An anti-inflammatory painkiller sold in pharmacies and shops. For a new episode of back pain it eases pain a little for some people; the benefit is small, so use the lowest dose that helps for the shortest time.',
    dosing: [
      'Adults: 200 mg to 400 mg per dose, taken with or just after food.',
      'Up to three times a day, leaving at least 6 hours between doses.',
      'No more than 1,200 mg in 24 hours unless a doctor tells you otherwise.',
      'Do not take it for more than 10 days without advice from a pharmacist or doctor.',
    ],
    contraindications: ORAL_NSAID_RULED_OUT_BY,
    contraindicatedFromAge: ORAL_NSAID_FROM_AGE,
    cautionsWhen: ORAL_NSAID_CAUTIONS_WHEN,
    cautions: ORAL_NSAID_CAUTIONS,
    sources: [
      'nhs-ibuprofen',
      'nhs-ibuprofen-breastfeeding',
      'fda-nsaids-pregnancy-2020',
      'nice-ng59',
      'medscape-ng59-nsaids',
      'cochrane-nsaids-2020',
    ],
    evidence: 'secondary',
  },
  {
    // CKS: ibuprofen or naproxen first line [S]. Naproxen dosing was not verified, so none is given.
    id: 'medicine/naproxen',
    name: 'Naproxen',
    kind: 'oral-nsaid',
    availability: 'prescription-only',
    summary:
      'A longer-acting anti-inflammatory painkiller, similar to ibuprofen. In the UK it is mainly prescribed by a doctor; in some countries it is sold over the counter. As with other anti-inflammatories, its benefit for back pain is small.',
    dosing: [
      'The dose depends on the product and the country: take it only as a doctor or pharmacist directs.',
      'Take it with or just after food.',
      'Use the lowest dose that helps, for the shortest time.',
    ],
    contraindications: ORAL_NSAID_RULED_OUT_BY,
    contraindicatedFromAge: ORAL_NSAID_FROM_AGE,
    cautionsWhen: ORAL_NSAID_CAUTIONS_WHEN,
    cautions: ORAL_NSAID_CAUTIONS,
    sources: ['nice-cks-low-back-pain', 'nhs-ibuprofen', 'fda-nsaids-pregnancy-2020', 'nice-ng59'],
    evidence: 'secondary',
  },
  {
    // Reference §4 row 8: celecoxib is prescription-only [U for a jurisdiction-wide statement];
    // Cochrane 2020 found no clear difference from other NSAIDs [V]. Answers seed-001 ("celebrex").
    id: 'medicine/celecoxib',
    name: 'Celecoxib',
    kind: 'oral-nsaid',
    availability: 'prescription-only',
    summary:
      'A prescription anti-inflammatory of the kind called a COX-2 inhibitor. It is not a self-care option: only a doctor can decide whether it suits you. For back pain, research found no clear difference between it and other anti-inflammatories.',
    dosing: ['Only as prescribed by a doctor.'],
    contraindications: ORAL_NSAID_RULED_OUT_BY,
    contraindicatedFromAge: ORAL_NSAID_FROM_AGE,
    cautionsWhen: ORAL_NSAID_CAUTIONS_WHEN,
    cautions: [
      'Do not take someone else’s tablets.',
      'It shares most of the risks of other anti-inflammatories, including for the heart, the kidneys and in pregnancy.',
      'Never take it together with ibuprofen, naproxen, aspirin or another anti-inflammatory.',
    ],
    sources: ['cochrane-nsaids-2020', 'nice-ng59', 'unknot-clinical-reference', 'seed-001'],
    evidence: 'unverified',
  },
  {
    // Reference §3 "Paracetamol" and §4 row 7: no better than placebo for acute back pain
    // (PACE, Cochrane) [V]; NICE: not alone [V]; dosing [V] and seek-advice groups [S] from NHS
    // leaflets. Never ruled out by a finding here: the risk groups need a lower dose or advice.
    id: 'medicine/paracetamol',
    name: 'Paracetamol (acetaminophen)',
    kind: 'paracetamol',
    availability: 'over-the-counter',
    summary:
      'A common painkiller that, on its own, did not help new back pain get better any faster than dummy tablets. It is not recommended by itself for back pain; if you take it for another reason, keep to safe doses.',
    dosing: [
      'Adults: 500 mg to 1 g per dose (one or two 500 mg tablets).',
      'Leave at least 4 hours between doses.',
      'No more than 4 g (eight 500 mg tablets) in 24 hours.',
      'Count the paracetamol in cold and flu remedies and combination painkillers towards that total.',
    ],
    contraindications: [],
    cautions: [
      'Ask a pharmacist or doctor about a lower dose if you weigh under 50 kg, have liver or kidney disease, or regularly drink more than 14 units of alcohol a week.',
      'Ask first if you take warfarin, or medicines for epilepsy or tuberculosis.',
      'Too much paracetamol can badly damage the liver, even if you feel well at first: get urgent help if you have taken more than the maximum, even by accident.',
    ],
    sources: [
      'pace-trial-2014',
      'cochrane-paracetamol-2016',
      'nice-ng59',
      'nth-paracetamol-safety',
      'nhs-paracetamol-advice',
      'seed-001',
    ],
    evidence: 'verified',
  },
  {
    // Reference §3 "Muscle relaxants" and §4 row 9: small short-term benefit, more adverse
    // effects [V]; benzodiazepines discouraged [V]; drug-driving limit for diazepam [V/S].
    // Answers seed-003 ("muscle relaxants can provide significant relief").
    id: 'medicine/muscle-relaxant',
    name: 'Muscle relaxants (for example diazepam)',
    kind: 'muscle-relaxant',
    availability: 'prescription-only',
    summary:
      'Prescription medicines that relax muscles. For a new back spasm they give at most a small, short-lived easing of pain, with more side effects such as drowsiness and dizziness. A doctor may occasionally consider a short course; benzodiazepines such as diazepam are generally discouraged.',
    dosing: ['Only if a doctor prescribes one: a short course of a few days, taken exactly as prescribed.'],
    contraindications: [],
    cautions: [
      'They often cause drowsiness and dizziness: do not drive, cycle or use machines if you feel drowsy or slowed down.',
      'Do not drink alcohol while taking them.',
      'In the UK it is an offence to drive with diazepam in your blood above a set limit. The legal defence covers you only if you take it as prescribed and your driving is not impaired.',
      'Benzodiazepines such as diazepam can lead to dependence. If you have taken one regularly for more than a few weeks, ask before stopping.',
      'Do not take someone else’s tablets.',
    ],
    sources: [
      'cochrane-muscle-relaxants-2003',
      'cashin-2021-muscle-relaxants',
      'choosing-wisely-fpm4',
      'nice-ng59-benzodiazepines',
      'nice-ng59-sciatica-2020',
      'acp-2017',
      'mhra-drug-driving-2014',
      'seed-003',
    ],
    evidence: 'verified',
  },
  {
    // Reference §3 "Topical counter-irritants": capsicum probably helps chronic back pain a little
    // [V/S]; local skin reactions are more common; the label-type advice is [U]. Answers seed-004.
    id: 'medicine/topical-rub',
    name: 'Warming or cooling rubs and gels (capsicum, menthol)',
    kind: 'topical',
    availability: 'over-the-counter',
    summary:
      'Creams, gels and plasters that make the skin feel warm or cool. Capsicum products probably help a little in long-lasting back pain; for a new spasm they are a comfort measure only.',
    dosing: ['Use as the pack directs, usually a thin layer rubbed in gently a few times a day at most.'],
    contraindications: [],
    cautions: [
      'Wash your hands straight after use, and keep it away from your eyes, mouth, genitals and broken skin.',
      'Never use it with a heat pad, hot-water bottle or heat wrap: together they can burn the skin.',
      'Stop if the skin becomes very red, sore, itchy or blistered. Skin reactions are the most common side effect.',
      'Some rubs contain aspirin-like ingredients (salicylates) or an anti-inflammatory: ask a pharmacist first if aspirin or anti-inflammatories have ever caused you a reaction, if you are pregnant, or if you take a blood thinner.',
    ],
    sources: ['cochrane-herbal-2014', 'pharmacist-cpd-pharmacological', 'unknot-clinical-reference', 'seed-004'],
    evidence: 'unverified',
  },
  {
    // Reference §3 "Opioids": NICE: not routinely for acute back pain, a weak opioid only if an
    // NSAID is unsuitable or has not worked, never for chronic back pain or sciatica [V];
    // dependence, constipation, sedation [S].
    id: 'medicine/opioids',
    name: 'Opioid painkillers (such as codeine, tramadol or morphine)',
    kind: 'opioid',
    availability: 'prescription-only',
    summary:
      'Strong painkillers. Guidelines advise against using them routinely for a new episode of back pain: a doctor may consider a weak opioid for a short time only if anti-inflammatories are unsuitable or have not helped. They should not be used for long-lasting back pain.',
    dosing: ['Only if a doctor prescribes one, at the lowest dose for the shortest time.'],
    contraindications: [],
    cautions: [
      'They can cause drowsiness, constipation, sickness and dependence.',
      'Do not drive if you feel drowsy or your driving is affected in any way.',
      'Do not drink alcohol with them, and take extra care with other medicines that cause drowsiness.',
      'Low-dose codeine combinations sold in some pharmacies carry the same risks and are meant for a few days at most.',
    ],
    sources: [
      'nice-ng59',
      'nice-ng59-sciatica-2020',
      'cmaj-guideline-comparison',
      'nice-cks-low-back-pain',
      'mhra-drug-driving-2014',
    ],
    evidence: 'verified',
  },
];
