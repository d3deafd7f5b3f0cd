// Safety properties of assess() over random intakes (fast-check, ≥ 10,000 runs each).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAUDA_EQUINA_FINDINGS,
  type Disposition,
  FINDING_CODES,
  type FindingCode,
  KNOWLEDGE,
  PLAN_POLICY,
} from '#knowledge';
import { findingCode, intakeArb, RUNS, withFinding, withNo, withUnsure } from '../test-support/arbitraries.ts';
import { assess } from './assess.ts';
import { rankOf } from './rank.ts';
import type { Assessment, Intake } from './types.ts';

const level = (intake: Intake): number => rankOf(assess(intake).disposition);
const sourceIds = new Set(KNOWLEDGE.sources.map((s) => s.id));

/** Contract §5 (v2), restated here as an independent oracle: what rules out an oral NSAID. */
const CONTRACT_NSAID_CONTRAINDICATIONS: readonly FindingCode[] = [
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
];

/** Findings with every unsure answer counted as yes (the contract's safety reading), and §1's implication. */
const safetyCodes = (intake: Intake): Set<FindingCode> => {
  const codes = new Set([...(intake.findings ?? []), ...(intake.unsure ?? [])]);
  if (codes.has('pregnancy_warning_signs') || codes.has('pregnancy_bleeding_or_severe_pain')) codes.add('pregnant');
  return codes;
};

function forbiddenInPlan(intake: Intake, a: Assessment): string[] {
  const problems: string[] = [];
  const codes = a.plan.map((p) => p.code);
  const avoid = a.avoid.map((x) => x.code);
  const safety = safetyCodes(intake);
  const has = (c: FindingCode) => safety.has(c);
  const d: Disposition = a.disposition;
  if (d === 'emergency') {
    if (codes[0] !== 'call_emergency') problems.push('emergency plan must start with call_emergency');
    if (a.plan.some((p) => p.kind !== 'referral')) problems.push('emergency plan holds a non-referral item');
  }
  if (d === 'urgent') {
    if (codes[0] !== 'urgent_same_day') problems.push('urgent plan must start with urgent_same_day');
    const allowed = new Set(['heat', 'cold', 'short_rest_position']);
    for (const p of a.plan)
      if (p.kind !== 'referral' && !allowed.has(p.code)) problems.push(`urgent plan has ${p.code}`);
  }
  if (d === 'see_doctor' || d === 'self_care') {
    if (!codes.includes('stay_active')) problems.push('stay_active missing');
    if (!avoid.includes('bed_rest') || !avoid.includes('paracetamol_alone'))
      problems.push('bed_rest/paracetamol avoid missing');
    if (d === 'see_doctor' && codes[0] !== 'book_doctor') problems.push('book_doctor must come first');
  }
  if (has('reduced_skin_sensation') && codes.includes('heat')) problems.push('heat with numb skin');
  if ((has('reduced_skin_sensation') || has('poor_circulation')) && codes.includes('cold'))
    problems.push('cold with numb skin or poor circulation');
  if (codes.includes('heat') && !avoid.includes('hot_over_40c')) problems.push('heat without hot_over_40c');
  if (codes.includes('nsaid_oral')) {
    if (d === 'emergency' || d === 'urgent') problems.push('nsaid at emergency/urgent');
    if (CONTRACT_NSAID_CONTRAINDICATIONS.some(has)) problems.push('nsaid despite a contraindication');
    const item = a.plan.find((p) => p.code === 'nsaid_oral');
    if (has('breastfeeding') && !item?.cautions.some((c) => /pharmacist/.test(c) && /Breastfeeding/.test(c)))
      problems.push('nsaid while breastfeeding without the pharmacist caution');
    if (intake.age >= 65) problems.push('nsaid at 65 or over');
  }
  if ((d === 'emergency' || d === 'urgent') && avoid.includes('nsaid_oral'))
    problems.push('nsaid in avoid at emergency/urgent');
  if ((d === 'see_doctor' || d === 'self_care') && !codes.includes('nsaid_oral') && !avoid.includes('nsaid_oral')) {
    problems.push('nsaid neither offered nor avoided');
  }
  const nerveRoot = PLAN_POLICY.nerveRootSigns.some(has);
  if (nerveRoot) {
    if (codes.includes('single_leg_raise') || codes.includes('massage'))
      problems.push('SLR or massage with nerve-root signs');
    for (const p of a.plan) {
      if ((p.kind === 'movement' || p.kind === 'exercise') && !p.cautions.includes(PLAN_POLICY.nerveRootCaution)) {
        problems.push(`${p.code} lacks the nerve-root caution`);
      }
    }
  }
  const medicineRule =
    has('new_medicine_recent') &&
    ['med_statin', 'med_diuretic', 'med_laba_inhaler', 'med_lithium'].some((m) => has(m as FindingCode));
  const rhabdo = a.redFlags.some((f) => f.code === 'rhabdomyolysis' && f.disposition === 'urgent');
  if (medicineRule && (d === 'see_doctor' || d === 'self_care')) {
    if (!codes.includes('contact_prescriber')) problems.push('contact_prescriber missing');
    if (!rhabdo && !avoid.includes('stop_medicine_alone')) problems.push('stop_medicine_alone missing');
  }
  if (rhabdo && avoid.includes('stop_medicine_alone'))
    problems.push('stop_medicine_alone with suspected rhabdomyolysis');
  return problems;
}

describe('assess — safety properties', () => {
  it('adding a finding other than getting_better never lowers the disposition', () => {
    const code = fc.constantFrom(...FINDING_CODES.filter((c) => c !== 'getting_better'));
    fc.assert(
      fc.property(intakeArb, code, (intake, c) => level(withFinding(intake, c)) >= level(intake)),
      { numRuns: RUNS },
    );
  });

  it('an unsure answer lies between answering no and answering yes', () => {
    fc.assert(
      fc.property(intakeArb, findingCode, (intake, c) => {
        const no = level(withNo(intake, c));
        const yes = level(withFinding(intake, c));
        const unsure = level(withUnsure(intake, c));
        return Math.min(no, yes) <= unsure && unsure <= Math.max(no, yes);
      }),
      { numRuns: RUNS },
    );
  });

  it('"not sure" to a question whose yes would raise the disposition never yields self-care', () => {
    // "Would raise" as contract §4 defines it: the other unsure codes (cauda equina aside) count as no.
    const ce = new Set<FindingCode>(CAUDA_EQUINA_FINDINGS);
    const othersAsNo = (intake: Intake): Intake => ({
      ...intake,
      unsure: (intake.unsure ?? []).filter((c) => ce.has(c)),
    });
    fc.assert(
      fc.property(intakeArb, findingCode, (intake, c) => {
        const no = level(othersAsNo(withNo(intake, c)));
        const yes = level(othersAsNo(withFinding(intake, c)));
        return yes <= no || assess(withUnsure(intake, c)).disposition !== 'self_care';
      }),
      { numRuns: RUNS },
    );
  });

  it('"not sure" to any cauda-equina question is an emergency', () => {
    fc.assert(
      fc.property(intakeArb, fc.constantFrom(...CAUDA_EQUINA_FINDINGS), (intake, c) => {
        return assess(withUnsure(intake, c)).disposition === 'emergency';
      }),
      { numRuns: RUNS },
    );
  });

  it('nothing contract §5 forbids ever reaches the plan', () => {
    fc.assert(
      fc.property(intakeArb, (intake) => {
        expect(forbiddenInPlan(intake, assess(intake))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('every plan, avoid and reasons entry cites at least one source that resolves', () => {
    fc.assert(
      fc.property(intakeArb, (intake) => {
        const a = assess(intake);
        for (const entry of [...a.plan, ...a.avoid, ...a.reasons]) {
          expect(entry.sources.length).toBeGreaterThan(0);
          for (const s of entry.sources) expect(sourceIds.has(s), s).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same intake always gives the same assessment', () => {
    fc.assert(
      fc.property(intakeArb, (intake) => {
        expect(assess(structuredClone(intake))).toEqual(assess(intake));
      }),
      { numRuns: RUNS },
    );
  });

  it('the disposition lies between all-no and all-yes, and is never self-care when any yes would raise it', () => {
    fc.assert(
      fc.property(intakeArb, (intake) => {
        const unsure = intake.unsure ?? [];
        const allNo = level({ ...intake, unsure: [] });
        const allYes = level({ ...intake, findings: [...(intake.findings ?? []), ...unsure], unsure: [] });
        const now = level(intake);
        expect(now).toBeGreaterThanOrEqual(Math.min(allNo, allYes));
        expect(now).toBeLessThanOrEqual(Math.max(allNo, allYes));
        const ce = new Set<FindingCode>(CAUDA_EQUINA_FINDINGS);
        const othersNo = (c: FindingCode): Intake => ({
          ...intake,
          unsure: unsure.filter((u) => u !== c && ce.has(u)),
        });
        const anyRaises = unsure.some((c) => level(withFinding(othersNo(c), c)) > level(othersNo(c)));
        if (anyRaises) expect(assess(intake).disposition).not.toBe('self_care');
      }),
      { numRuns: RUNS },
    );
  });

  it('two unsure answers that are serious only together raise the disposition', () => {
    const pair = fc.uniqueArray(findingCode, { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(intakeArb, pair, (base, codes) => {
        const intake: Intake = {
          ...base,
          findings: (base.findings ?? []).filter((c) => !codes.includes(c)),
          unsure: (base.unsure ?? []).filter((c) => CAUDA_EQUINA_FINDINGS.includes(c as never) && !codes.includes(c)),
        };
        const [a, b] = codes as [FindingCode, FindingCode];
        const none = level(intake);
        const both = level({ ...intake, findings: [...(intake.findings ?? []), a, b] });
        const each = Math.max(level(withFinding(intake, a)), level(withFinding(intake, b)));
        if (both <= Math.max(none, each)) return; // not serious only together
        const unsure = level({ ...intake, unsure: [...(intake.unsure ?? []), a, b] });
        // One level below the combination, never below see_doctor, never below the answers alone.
        // So whenever one level below the combination is above the answers alone, it is raised.
        expect(unsure).toBeGreaterThanOrEqual(Math.max(none, both - 1, rankOf('see_doctor')));
      }),
      { numRuns: RUNS },
    );
  });

  it('emergency plans hold only referral items', () => {
    const emergencyFinding = fc.constantFrom(
      ...CAUDA_EQUINA_FINDINGS,
      'chest_pain',
      'cardiac_symptoms_with_pain',
      'sudden_tearing_pain',
      'pregnancy_bleeding_or_severe_pain',
      'sudden_severe_pain_with_collapse',
      'major_trauma',
    );
    fc.assert(
      fc.property(intakeArb, emergencyFinding, (intake, c) => {
        const a = assess(withFinding(intake, c));
        expect(a.disposition).toBe('emergency');
        expect(a.plan.every((p) => p.kind === 'referral')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never reports a red flag more urgent than the disposition, and every red flag is explained', () => {
    fc.assert(
      fc.property(intakeArb, (intake) => {
        const a = assess(intake);
        for (const flag of a.redFlags) expect(rankOf(flag.disposition)).toBeLessThanOrEqual(rankOf(a.disposition));
        expect(new Set(a.redFlags.map((f) => f.code)).size).toBe(a.redFlags.length);
        expect(a.reasons.some((r) => r.level === a.disposition)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
