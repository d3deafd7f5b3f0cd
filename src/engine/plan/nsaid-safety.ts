// Contract §5: when an oral anti-inflammatory is ruled out, and why (sentences from the
// knowledge base), and which conditional cautions apply to it.
import type { FindingCode, MedicineNote, PlanPolicy, PlanReasons } from '#knowledge';
import type { Facts } from '../facts.ts';

export type NsaidCheck = {
  readonly reasons: readonly string[];
  readonly findings: readonly FindingCode[];
  readonly text: string;
  /** Cautions the plan item carries for these answers (e.g. breastfeeding). */
  readonly cautions: readonly string[];
};

export function nsaidContraindications(
  facts: Facts,
  medicines: readonly MedicineNote[],
  id: string,
  wording: Pick<PlanReasons, 'medicineRuledOut' | 'unsureCountsForSafety'>,
  policy: Pick<PlanPolicy, 'nsaidCautionsWhen'>,
  unsure: ReadonlySet<FindingCode> = new Set(),
): NsaidCheck {
  const note = medicines.find((m) => m.id === id);
  if (!note) throw new Error(`No medicine note ${id}`);
  const ruledOut = note.contraindications.filter((c) => facts.findings.has(c.code));
  const reasons: string[] = ruledOut.map((c) =>
    // An unsure answer counts as yes for safety limits (contract §4); say so.
    unsure.has(c.code) ? wording.unsureCountsForSafety.replace('{reason}', c.why) : c.why,
  );
  const fromAge = note.contraindicatedFromAge;
  if (fromAge && facts.numbers.age >= fromAge.age) reasons.push(fromAge.why);
  const text = reasons.length === 0 ? '' : wording.medicineRuledOut.replace('{reasons}', reasons.join('; '));
  const cautions = policy.nsaidCautionsWhen.filter((c) => facts.findings.has(c.finding)).map((c) => c.text);
  return { reasons, findings: ruledOut.map((c) => c.code), text, cautions };
}
