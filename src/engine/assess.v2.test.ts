// Contract version 2 (reference §11) at every new boundary: the new emergency and urgent
// findings, the malignancy, weight-loss, infection-risk and fracture combinations, the
// first-week severe-pain rule with its safety net, unsure answers judged together (§4, §4.1),
// the pregnancy implication and breastfeeding with ibuprofen.

import { describe, expect, it } from 'vitest';
import { type FindingCode, INFECTION_RISKS, MALIGNANCY_FEATURES } from '#knowledge';
import { assess } from './assess.ts';
import type { Assessment, Intake } from './types.ts';

const intake = (findings: FindingCode[] = [], rest: Partial<Intake> = {}): Intake => ({
  age: 40,
  onsetDaysAgo: 3,
  painNow: 5,
  findings,
  ...rest,
});
const flag = (a: Assessment, code: string) => a.redFlags.find((f) => f.code === code);
const flagCodes = (a: Assessment) => a.redFlags.map((f) => f.code);
const planCodes = (a: Assessment) => a.plan.map((p) => p.code);
const avoidCodes = (a: Assessment) => a.avoid.map((p) => p.code);
const safetyNet = (a: Assessment) => a.reasons.find((r) => r.rule === 'safety-net/severe-first-week');

describe('new emergency and urgent findings', () => {
  it.each([
    ['cardiac_symptoms_with_pain', 'cardiac'],
    ['sudden_tearing_pain', 'aortic_aneurysm'],
    ['pregnancy_bleeding_or_severe_pain', 'pregnancy_complication'],
  ] as const)('%s is an emergency reported as %s', (finding, condition) => {
    const a = assess(intake([finding], { sex: 'female' }));
    expect(a.disposition).toBe('emergency');
    expect(flagCodes(a)).toEqual([condition]);
    expect(flag(a, condition)).toMatchObject({ disposition: 'emergency', findings: [finding] });
    expect(planCodes(a)[0]).toBe('call_emergency');
  });

  it('pain with exertion is urgent, reported as cardiac', () => {
    const a = assess(intake(['pain_with_exertion']));
    expect(a.disposition).toBe('urgent');
    expect(flag(a, 'cardiac')).toMatchObject({ disposition: 'urgent', findings: ['pain_with_exertion'] });
  });

  it('pregnancy warning signs stay urgent; bleeding or severe pain is an emergency', () => {
    expect(assess(intake(['pregnant', 'pregnancy_warning_signs'])).disposition).toBe('urgent');
    expect(assess(intake(['pregnant', 'pregnancy_bleeding_or_severe_pain'])).disposition).toBe('emergency');
  });
});

describe('malignancy combinations', () => {
  const [first, second] = MALIGNANCY_FEATURES;
  it('one feature at 50 is see_doctor; two features are urgent from 50, see_doctor at 49', () => {
    expect(assess(intake([first], { age: 50 })).disposition).toBe('see_doctor');
    const at49 = assess(intake([first, second], { age: 49 }));
    const at50 = assess(intake([first, second], { age: 50 }));
    expect(at49.disposition).toBe('see_doctor');
    expect(flag(at49, 'malignancy')?.disposition).toBe('see_doctor');
    expect(at50.disposition).toBe('urgent');
    expect(flag(at50, 'malignancy')).toMatchObject({ disposition: 'urgent', findings: [first, second] });
  });

  it.each(MALIGNANCY_FEATURES.flatMap((a, i) => MALIGNANCY_FEATURES.slice(i + 1).map((b) => [a, b] as const)))(
    '%s with %s at 50 is urgent',
    (a, b) => {
      expect(assess(intake([a, b], { age: 50 })).disposition).toBe('urgent');
    },
  );

  it('weight loss alone is see_doctor at 59 and urgent from 60', () => {
    expect(assess(intake(['unexplained_weight_loss'], { age: 59 })).disposition).toBe('see_doctor');
    const at60 = assess(intake(['unexplained_weight_loss'], { age: 60 }));
    expect(at60.disposition).toBe('urgent');
    expect(flag(at60, 'malignancy')).toMatchObject({ disposition: 'urgent', findings: ['unexplained_weight_loss'] });
  });
});

describe('infection risk', () => {
  const alone: Record<(typeof INFECTION_RISKS)[number], Assessment['disposition']> = {
    immunosuppressed: 'see_doctor',
    iv_drug_use: 'urgent',
    recent_infection_or_spinal_procedure: 'see_doctor',
    diabetes: 'self_care',
  };
  it.each(INFECTION_RISKS)('%s without progressive or night pain keeps its own level', (risk) => {
    const a = assess(intake([risk]));
    expect(a.disposition).toBe(alone[risk]);
    if (risk === 'diabetes') expect(a.redFlags).toEqual([]);
  });
  it.each(
    INFECTION_RISKS.flatMap((risk) =>
      (['pain_progressive_or_unremitting', 'night_pain_prevents_sleep'] as const).map((pain) => [risk, pain] as const),
    ),
  )('%s with %s is urgent: spinal infection and malignancy both urgent', (risk, pain) => {
    const a = assess(intake([risk, pain], { age: 30 }));
    expect(a.disposition).toBe('urgent');
    expect(flag(a, 'spinal_infection')).toMatchObject({ disposition: 'urgent', findings: [risk] });
    expect(flag(a, 'malignancy')).toMatchObject({ disposition: 'urgent', findings: [pain] });
  });
  it('progressive or night pain without an infection risk is see_doctor below 50', () => {
    expect(assess(intake(['pain_progressive_or_unremitting'], { age: 30 })).disposition).toBe('see_doctor');
    expect(assess(intake(['night_pain_prevents_sleep'], { age: 30 })).disposition).toBe('see_doctor');
  });
});

describe('fracture with severe pain', () => {
  it('minor trauma with fragility is urgent with severe_or_worsening_pain, as with pain 8', () => {
    expect(assess(intake(['minor_trauma', 'osteoporosis'], { painNow: 7 })).disposition).toBe('see_doctor');
    const a = assess(intake(['minor_trauma', 'osteoporosis', 'severe_or_worsening_pain'], { painNow: 7 }));
    expect(a.disposition).toBe('urgent');
    expect(flag(a, 'fracture')?.disposition).toBe('urgent');
    expect(assess(intake(['minor_trauma', 'severe_or_worsening_pain'], { age: 70 })).disposition).toBe('urgent');
    expect(assess(intake(['minor_trauma', 'severe_or_worsening_pain'], { age: 69 })).disposition).toBe('see_doctor');
  });
});

describe('severe pain in the first week', () => {
  it('is self-care below 50 until day 6, with the safety net in the reasons', () => {
    const a = assess(intake(['severe_or_worsening_pain'], { age: 49, onsetDaysAgo: 6 }));
    expect(a.disposition).toBe('self_care');
    expect(safetyNet(a)?.text).toMatch(/3 days/);
    expect(safetyNet(a)?.sources.length).toBeGreaterThan(0);
  });
  it('is see_doctor from day 7, or from age 50 on day 0', () => {
    expect(assess(intake(['severe_or_worsening_pain'], { age: 49, onsetDaysAgo: 7 })).disposition).toBe('see_doctor');
    const at50 = assess(intake(['severe_or_worsening_pain'], { age: 50, onsetDaysAgo: 0 }));
    expect(at50.disposition).toBe('see_doctor');
    expect(safetyNet(at50)).toBeUndefined();
  });
  it('keeps the safety net beside a see-doctor result, never beside an urgent one', () => {
    const see = assess(intake(['severe_or_worsening_pain', 'worried_not_coping'], { onsetDaysAgo: 1 }));
    expect(see.disposition).toBe('see_doctor');
    expect(safetyNet(see)).toBeDefined();
    const urgent = assess(intake(['severe_or_worsening_pain', 'fever'], { onsetDaysAgo: 1 }));
    expect(safetyNet(urgent)).toBeUndefined();
  });
  it('shows the safety net for an unsure answer too, which alone changes nothing', () => {
    const a = assess(intake([], { onsetDaysAgo: 1, unsure: ['severe_or_worsening_pain'] }));
    expect(a.disposition).toBe('self_care');
    expect(safetyNet(a)).toBeDefined();
  });
  it('pain getting worse day by day is see_doctor on any day', () => {
    expect(assess(intake(['pain_worsening_over_days'], { onsetDaysAgo: 0 })).disposition).toBe('see_doctor');
  });
});

describe('unsure answers judged together (contract §4 and §4.1)', () => {
  it('two unsure answers serious only together raise the advice one level below their combination', () => {
    const a = assess(intake(['prolonged_sitting'], { unsure: ['fever', 'feeling_very_unwell'] }));
    expect(a.disposition).toBe('urgent');
    expect(flag(a, 'spinal_infection')).toMatchObject({ disposition: 'urgent', findings: ['fever'] });
    const together = a.reasons.find((r) => r.findings.length === 2);
    expect(together?.text).toMatch(/all yes together/);
    expect(together?.level).toBe('urgent');
    expect(together?.findings).toEqual(['fever', 'feeling_very_unwell']);
  });

  it('names each unsure answer whose yes alone would raise the advice', () => {
    const a = assess(intake([], { unsure: ['cardiac_symptoms_with_pain'] }));
    expect(a.disposition).toBe('urgent');
    expect(flag(a, 'cardiac')).toMatchObject({ disposition: 'urgent', findings: ['cardiac_symptoms_with_pain'] });
    const reason = a.reasons.find((r) => r.findings.includes('cardiac_symptoms_with_pain'));
    expect(reason?.text).toMatch(/If the answer is yes, you would need emergency care now/);
    expect(reason?.text).toMatch(/call your emergency number/);
    expect(a.reasons.filter((r) => /all yes together/.test(r.text))).toEqual([]);
  });

  it('an unsure answer that only takes part in a combination is not called harmless', () => {
    const a = assess(intake([], { unsure: ['fever', 'feeling_very_unwell'] }));
    expect(a.reasons.some((r) => /does not change the advice/.test(r.text) && r.findings.includes('fever'))).toBe(
      false,
    );
  });

  it('a condition in B whose W level is higher takes one level below W when that is more urgent', () => {
    // thoracic pain alone: malignancy at see_doctor; unsure cancer history with it → W urgent.
    const a = assess(intake(['thoracic_spine_pain'], { age: 40, unsure: ['cancer_history'] }));
    expect(a.disposition).toBe('see_doctor');
    expect(flag(a, 'malignancy')).toMatchObject({
      disposition: 'see_doctor',
      findings: ['cancer_history', 'thoracic_spine_pain'],
    });
    const neuro = assess(intake(['numbness_spreading'], { unsure: ['cancer_history'] }));
    expect(neuro.disposition).toBe('urgent');
    expect(flag(neuro, 'malignancy')?.disposition).toBe('urgent');
  });

  it('a condition only an unsure answer raises is reported with it, never below see_doctor', () => {
    const a = assess(intake(['diabetes'], { unsure: ['night_pain_prevents_sleep'] }));
    expect(a.disposition).toBe('see_doctor');
    expect(flag(a, 'spinal_infection')).toMatchObject({ disposition: 'see_doctor', findings: ['diabetes'] });
    expect(flag(a, 'malignancy')).toMatchObject({
      disposition: 'see_doctor',
      findings: ['night_pain_prevents_sleep'],
    });
  });
});

describe('pregnancy implication and breastfeeding', () => {
  it('a pregnancy warning code is read as pregnant for rules, causes and the plan', () => {
    const a = assess(intake(['pregnancy_warning_signs'], { painNow: 7, sex: 'female' }));
    expect(a.causes.map((c) => c.code)).toContain('pregnancy_related');
    expect(a.reasons.some((r) => r.rule === 'rule/pregnant-severe-pain')).toBe(true);
  });
  it('an unsure pregnancy code implies pregnant for the safety limits only', () => {
    const a = assess(intake(['heavy_lifting'], { sex: 'female', unsure: ['pregnancy_warning_signs'] }));
    expect(a.disposition).toBe('see_doctor');
    expect(avoidCodes(a)).toContain('nsaid_oral');
    expect(planCodes(a)).not.toContain('single_leg_raise');
    expect(a.causes.map((c) => c.code)).not.toContain('pregnancy_related');
  });
  it('breastfeeding no longer rules out ibuprofen; the item carries the pharmacist caution', () => {
    const a = assess(intake(['breastfeeding']));
    expect(a.disposition).toBe('self_care');
    const nsaid = a.plan.find((p) => p.code === 'nsaid_oral');
    expect(nsaid?.cautions[0]).toMatch(/ask a pharmacist/i);
    expect(nsaid?.cautions[0]).toMatch(/born early/);
    const unsure = assess(intake([], { unsure: ['breastfeeding'] }));
    expect(unsure.plan.find((p) => p.code === 'nsaid_oral')?.cautions[0]).toMatch(/Breastfeeding/);
    expect(assess(intake([])).plan.find((p) => p.code === 'nsaid_oral')?.cautions[0]).not.toMatch(/Breastfeeding/);
  });
});
