// Contract §5: when an oral anti-inflammatory is ruled out, and why, in plain words.
import type { FindingCode, MedicineNote } from '#knowledge';
import type { Facts } from '../facts.ts';

export type NsaidCheck = {
  readonly reasons: readonly string[];
  readonly findings: readonly FindingCode[];
  readonly text: string;
};

export function nsaidContraindications(
  facts: Facts,
  medicines: readonly MedicineNote[],
  id: string,
  unsure: ReadonlySet<FindingCode> = new Set(),
): NsaidCheck {
  const note = medicines.find((m) => m.id === id);
  if (!note) throw new Error(`No medicine note ${id}`);
  const findings = note.contraindications.filter((c) => facts.findings.has(c));
  const reasons: string[] = findings.map((c) => {
    const text = CONTRAINDICATION_TEXT[c] ?? c.replaceAll('_', ' ');
    // An unsure answer counts as yes for safety limits (contract §4); say so.
    return unsure.has(c) ? `${text} — you were not sure, so Unknot plays safe` : text;
  });
  const age = facts.numbers.age;
  if (note.contraindicatedFromAge !== undefined && age >= note.contraindicatedFromAge) {
    reasons.push(
      `you are ${note.contraindicatedFromAge} or over, when side effects on the stomach, kidneys and heart are more likely`,
    );
  }
  const text =
    reasons.length === 0
      ? ''
      : `Anti-inflammatory tablets are not a safe choice for you without a doctor’s or pharmacist’s advice, because ${reasons.join('; ')}.`;
  return { reasons, findings, text };
}

/** Plain-language reasons for each contraindication (reference §3, NSAIDs row). */
const CONTRAINDICATION_TEXT: Partial<Record<FindingCode, string>> = {
  pregnant: 'you are pregnant (from about 20 weeks they can harm the baby’s kidneys and heart)',
  breastfeeding: 'you are breastfeeding',
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
