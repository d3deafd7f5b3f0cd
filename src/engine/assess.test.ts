// Every disposition rule of contract §4 at its boundaries, plus the red-flag, cause, plan and
// unsure rules the public vignettes do not pin down.

import { describe, expect, it } from 'vitest';
import type { FindingCode } from '#knowledge';
import { assess } from './assess.ts';
import type { Assessment, Intake } from './types.ts';

const intake = (findings: FindingCode[] = [], rest: Partial<Intake> = {}): Intake => ({
  age: 40,
  onsetDaysAgo: 3,
  painNow: 5,
  findings,
  ...rest,
});
const dispositionOf = (i: Intake) => assess(i).disposition;
const flag = (a: Assessment, code: string) => a.redFlags.find((f) => f.code === code);
const planCodes = (a: Assessment) => a.plan.map((p) => p.code);
const avoidCodes = (a: Assessment) => a.avoid.map((p) => p.code);

describe('age boundaries', () => {
  it('under 16 is see_doctor with the under_16 flag; 16 is adult self-care', () => {
    const a = assess(intake([], { age: 15 }));
    expect(a.disposition).toBe('see_doctor');
    expect(flag(a, 'under_16')).toMatchObject({ disposition: 'see_doctor', findings: [] });
    expect(assess(intake([], { age: 16 })).redFlags).toEqual([]);
    expect(dispositionOf(intake([], { age: 16 }))).toBe('self_care');
  });

  it('loin-to-groin pain is an aortic emergency from 55, renal colic (urgent) below', () => {
    const at54 = assess(intake(['loin_to_groin_pain'], { age: 54 }));
    const at55 = assess(intake(['loin_to_groin_pain'], { age: 55 }));
    expect(at54.disposition).toBe('urgent');
    expect(at54.redFlags.map((f) => f.code)).toEqual(['renal_colic']);
    expect(at55.disposition).toBe('emergency');
    expect(at55.redFlags.map((f) => f.code)).toEqual(['aortic_aneurysm']);
  });

  it('oral NSAIDs are offered at 64 and avoided from 65', () => {
    expect(planCodes(assess(intake([], { age: 64 })))).toContain('nsaid_oral');
    const at65 = assess(intake([], { age: 65 }));
    expect(planCodes(at65)).not.toContain('nsaid_oral');
    expect(at65.avoid.find((x) => x.code === 'nsaid_oral')?.why).toMatch(/65 or over/);
  });

  it('age 70 makes a minor trauma a fragility fracture; 69 does not', () => {
    expect(dispositionOf(intake(['minor_trauma'], { age: 69 }))).toBe('self_care');
    const at70 = assess(intake(['minor_trauma'], { age: 70 }));
    expect(at70.disposition).toBe('see_doctor');
    expect(flag(at70, 'fracture')).toMatchObject({ disposition: 'see_doctor', findings: ['minor_trauma'] });
  });
});

describe('duration boundaries', () => {
  it('day 28 without getting better is see_doctor; day 27, or getting better, is not', () => {
    expect(dispositionOf(intake([], { onsetDaysAgo: 27 }))).toBe('self_care');
    expect(dispositionOf(intake([], { onsetDaysAgo: 28 }))).toBe('see_doctor');
    expect(dispositionOf(intake(['getting_better'], { onsetDaysAgo: 28 }))).toBe('self_care');
  });

  it('leg pain below the knee is see_doctor from day 42 even when getting better', () => {
    expect(dispositionOf(intake(['leg_pain_below_knee', 'getting_better'], { onsetDaysAgo: 41 }))).toBe('self_care');
    expect(dispositionOf(intake(['leg_pain_below_knee', 'getting_better'], { onsetDaysAgo: 42 }))).toBe('see_doctor');
  });

  it('day 84 is not yet chronic; day 85 is (even when getting better)', () => {
    expect(dispositionOf(intake(['getting_better'], { onsetDaysAgo: 84 }))).toBe('self_care');
    expect(dispositionOf(intake(['getting_better'], { onsetDaysAgo: 85 }))).toBe('see_doctor');
  });

  it('the NG65 rule needs more than 90 days', () => {
    const ibp: FindingCode[] = ['getting_better', 'ibp_night_waking_late', 'ibp_buttock_pain'];
    const at90 = assess(intake(ibp, { age: 30, onsetDaysAgo: 90 }));
    const at91 = assess(intake(ibp, { age: 30, onsetDaysAgo: 91 }));
    expect(flag(at90, 'axial_spondyloarthritis')).toBeUndefined();
    expect(flag(at91, 'axial_spondyloarthritis')).toMatchObject({
      disposition: 'see_doctor',
      findings: ['ibp_night_waking_late', 'ibp_buttock_pain'],
    });
    expect(at91.causes[0]?.code).toBe('inflammatory');
  });
});

describe('age at onset boundaries (NG65)', () => {
  const two: FindingCode[] = ['ibp_night_waking_late', 'ibp_better_with_movement'];
  const three: FindingCode[] = [...two, 'ibp_family_history_spa'];
  it('began before 35 counts as a criterion; exactly 35 does not', () => {
    // age 39, 1461 days = exactly 4 years: ageAtOnset = 35.
    expect(flag(assess(intake(two, { age: 39, onsetDaysAgo: 1461 })), 'axial_spondyloarthritis')).toBeUndefined();
    expect(flag(assess(intake(two, { age: 38, onsetDaysAgo: 1461 })), 'axial_spondyloarthritis')).toBeDefined();
  });
  it('must have begun before 45', () => {
    // age 49, 1461 days: ageAtOnset = 45 exactly → the rule does not apply.
    expect(flag(assess(intake(three, { age: 49, onsetDaysAgo: 1461 })), 'axial_spondyloarthritis')).toBeUndefined();
    expect(flag(assess(intake(three, { age: 48, onsetDaysAgo: 1461 })), 'axial_spondyloarthritis')).toBeDefined();
  });
  it('ASAS-only features do not count', () => {
    const asas: FindingCode[] = ['ibp_insidious_onset', 'ibp_not_better_with_rest', 'ibp_better_with_movement'];
    expect(flag(assess(intake(asas, { age: 50, onsetDaysAgo: 3650 })), 'axial_spondyloarthritis')).toBeUndefined();
  });
});

describe('pain boundaries', () => {
  it('a known aneurysm is an emergency from pain 7, urgent below', () => {
    expect(dispositionOf(intake(['known_aortic_aneurysm'], { painNow: 6 }))).toBe('urgent');
    expect(dispositionOf(intake(['known_aortic_aneurysm'], { painNow: 7 }))).toBe('emergency');
    expect(dispositionOf(intake(['known_aortic_aneurysm', 'severe_or_worsening_pain'], { painNow: 2 }))).toBe(
      'emergency',
    );
    expect(dispositionOf(intake(['known_aortic_aneurysm'], { painNow: undefined }))).toBe('urgent');
  });
  it('pregnancy with pain 7 is see_doctor; 6 is self-care', () => {
    expect(dispositionOf(intake(['pregnant'], { painNow: 6 }))).toBe('self_care');
    expect(dispositionOf(intake(['pregnant'], { painNow: 7 }))).toBe('see_doctor');
  });
  it('a fragility fracture is urgent from pain 8 (or unable to walk)', () => {
    expect(dispositionOf(intake(['minor_trauma', 'osteoporosis'], { painNow: 7 }))).toBe('see_doctor');
    expect(dispositionOf(intake(['minor_trauma', 'osteoporosis'], { painNow: 8 }))).toBe('urgent');
    expect(dispositionOf(intake(['minor_trauma', 'long_term_oral_steroids', 'unable_to_walk'], { painNow: 3 }))).toBe(
      'urgent',
    );
    expect(dispositionOf(intake(['minor_trauma'], { age: 75, painNow: 8 }))).toBe('urgent');
  });
});

describe('emergency rules', () => {
  it.each([
    ['saddle_numbness', 'cauda_equina'],
    ['bilateral_leg_pain', 'cauda_equina'],
    ['chest_pain', 'cardiac'],
    ['sudden_severe_pain_with_collapse', 'aortic_aneurysm'],
    ['major_trauma', 'fracture'],
  ] as const)('%s → emergency with %s', (finding, code) => {
    const a = assess(intake([finding]));
    expect(a.disposition).toBe('emergency');
    expect(flag(a, code)?.disposition).toBe('emergency');
    expect(planCodes(a)).toEqual(['call_emergency', 'do_not_drive']);
    expect(a.avoid).toEqual([]);
  });

  it('bilateral progressive weakness reports both cauda equina and progressive deficit', () => {
    const a = assess(intake(['bilateral_leg_weakness_progressive']));
    expect(a.redFlags.map((f) => [f.code, f.disposition])).toEqual([
      ['cauda_equina', 'emergency'],
      ['progressive_neuro_deficit', 'emergency'],
    ]);
  });

  it('fever with a nerve finding is an emergency for both conditions', () => {
    const a = assess(intake(['fever', 'numbness_spreading']));
    expect(a.disposition).toBe('emergency');
    expect(flag(a, 'spinal_infection')?.disposition).toBe('emergency');
    expect(flag(a, 'progressive_neuro_deficit')?.disposition).toBe('emergency');
  });
});

describe('urgent and see-doctor rules', () => {
  it('cancer history with weight loss is urgent; weight loss with a feature is urgent', () => {
    expect(flag(assess(intake(['cancer_history', 'unexplained_weight_loss'])), 'malignancy')?.disposition).toBe(
      'urgent',
    );
    expect(
      flag(assess(intake(['unexplained_weight_loss', 'localised_spinal_tenderness'])), 'malignancy')?.disposition,
    ).toBe('urgent');
  });
  it.each([
    'immunosuppressed',
    'recent_infection_or_spinal_procedure',
    'osteoporosis',
    'long_term_oral_steroids',
    'unable_to_walk',
    'pain_worsening_over_days',
    'worried_not_coping',
    'feeling_very_unwell',
    'widespread_muscle_pain',
    'leg_weakness_one_side',
  ] as const)('%s alone → see_doctor', (finding) => {
    expect(dispositionOf(intake([finding]))).toBe('see_doctor');
  });
  it.each(['med_statin', 'med_diuretic', 'med_laba_inhaler', 'med_lithium'] as const)(
    'a new %s is see_doctor with contact_prescriber and stop_medicine_alone',
    (med) => {
      const a = assess(intake(['new_medicine_recent', med]));
      expect(a.disposition).toBe('see_doctor');
      expect(planCodes(a)).toContain('contact_prescriber');
      expect(avoidCodes(a)).toContain('stop_medicine_alone');
      expect(a.causes[0]?.code).toBe('medication_related');
    },
  );
  it('an urgent case with a new cramp medicine still says not to stop it alone', () => {
    const a = assess(intake(['fever', 'new_medicine_recent', 'med_diuretic']));
    expect(a.disposition).toBe('urgent');
    expect(planCodes(a)).toEqual(['urgent_same_day', 'contact_prescriber', 'short_rest_position', 'heat']);
    expect(avoidCodes(a)).toEqual(['stop_medicine_alone', 'hot_over_40c']);
  });
  it('statin muscle pain is urgent, with same-day advice about the statin and no stop-alone warning', () => {
    const a = assess(intake(['med_statin', 'widespread_muscle_pain', 'new_medicine_recent']));
    expect(a.disposition).toBe('urgent');
    expect(a.plan[0]?.detail).toMatch(/statin/);
    expect(avoidCodes(a)).not.toContain('stop_medicine_alone');
  });
});

describe('unsure answers', () => {
  it('an unsure code whose yes would be an emergency contributes urgent', () => {
    const a = assess(intake([], { unsure: ['chest_pain'] }));
    expect(a.disposition).toBe('urgent');
    expect(flag(a, 'cardiac')).toMatchObject({ disposition: 'urgent', findings: ['chest_pain'] });
    const reason = a.reasons.find((r) => r.findings.includes('chest_pain'));
    expect(reason?.text).toMatch(/not sure/);
    expect(reason?.text).toMatch(/emergency/);
  });
  it('an unsure code that would not raise the disposition changes nothing but is mentioned', () => {
    const a = assess(intake(['fever'], { unsure: ['iv_drug_use'] }));
    expect(a.disposition).toBe('urgent');
    expect(a.reasons.some((r) => r.findings.includes('iv_drug_use') && r.level === null)).toBe(true);
  });
  it('cauda-equina codes count as yes and say why', () => {
    const a = assess(intake([], { unsure: ['urinary_sensation_change'] }));
    expect(a.disposition).toBe('emergency');
    expect(a.reasons[0]?.text).toMatch(/not sure/);
  });
  it('unsure counts as yes for the safety limits', () => {
    const a = assess(intake([], { unsure: ['reduced_skin_sensation', 'kidney_disease'] }));
    expect(planCodes(a)).not.toContain('heat');
    expect(planCodes(a)).not.toContain('cold');
    expect(a.avoid.find((x) => x.code === 'nsaid_oral')?.why).toMatch(/not sure/);
  });
  it('unsure counts as no for causes', () => {
    const a = assess(intake([], { unsure: ['heavy_lifting'] }));
    expect(a.causes.map((c) => c.code)).toEqual(['muscle_spasm_nonspecific']);
  });
});

describe('causes', () => {
  it('the fallback appears only alone, as likely when the spasm is typical', () => {
    expect(assess(intake(['tight_knot'])).causes).toMatchObject([
      { code: 'muscle_spasm_nonspecific', strength: 'likely' },
    ]);
    expect(assess(intake([])).causes).toMatchObject([{ code: 'muscle_spasm_nonspecific', strength: 'possible' }]);
  });
  it('weaker evidence is possible and ranked after defined causes', () => {
    const a = assess(intake(['distracted_or_tired_during_task', 'low_activity']));
    expect(a.causes.map((c) => [c.code, c.strength])).toEqual([
      ['deconditioning', 'likely'],
      ['lifting_strain', 'possible'],
    ]);
  });
  it('piriformis needs both buttock pain and pain worse sitting', () => {
    expect(assess(intake(['buttock_pain'])).causes[0]?.code).toBe('muscle_spasm_nonspecific');
    expect(assess(intake(['buttock_pain', 'pain_worse_sitting'])).causes[0]?.code).toBe('piriformis');
  });
});

describe('plan details', () => {
  it('nerve-root signs remove single leg raises and massage and add the caution everywhere', () => {
    const a = assess(intake(['leg_numbness_tingling']));
    expect(planCodes(a)).not.toContain('single_leg_raise');
    expect(planCodes(a)).not.toContain('massage');
    const moving = a.plan.filter((p) => p.kind === 'movement' || p.kind === 'exercise');
    expect(moving.length).toBeGreaterThan(0);
    for (const p of moving) expect(p.cautions[0]).toBe('Stop if leg symptoms spread further down the leg.');
  });
  it('an exercise programme is offered for recurrent, lasting or inactive cases', () => {
    expect(planCodes(assess(intake([], { previousEpisodes: 2 })))).toContain('exercise_programme');
    expect(planCodes(assess(intake(['low_activity'])))).toContain('exercise_programme');
    expect(planCodes(assess(intake([], { previousEpisodes: 1 })))).not.toContain('exercise_programme');
  });
  it('posture and lifting advice follow the triggers', () => {
    expect(planCodes(assess(intake(['prolonged_sitting'])))).toContain('posture_breaks');
    expect(planCodes(assess(intake(['pain_worse_sitting'])))).toContain('posture_breaks');
    expect(planCodes(assess(intake(['heavy_lifting'])))).toContain('lifting_technique');
  });
  it('exercises wait for the doctor when a red flag is being checked', () => {
    const a = assess(intake(['osteoporosis']));
    expect(a.plan.filter((p) => p.kind === 'exercise')).toEqual([]);
    expect(planCodes(a)).toContain('walking');
  });
  it('no single leg raises in pregnancy', () => {
    expect(planCodes(assess(intake(['pregnant'], { sex: 'female' })))).not.toContain('single_leg_raise');
  });
  it('urgent plans keep heat only when the skin can feel it', () => {
    expect(planCodes(assess(intake(['fever', 'reduced_skin_sensation'])))).toEqual([
      'urgent_same_day',
      'short_rest_position',
    ]);
  });
  it('self-care advises against routine imaging; see-doctor does not', () => {
    expect(avoidCodes(assess(intake([])))).toContain('routine_imaging');
    expect(avoidCodes(assess(intake(['worried_not_coping'])))).not.toContain('routine_imaging');
  });
});

describe('follow-up', () => {
  it('self-care reviews in a week and sees a doctor by day 28 if not better', () => {
    expect(assess(intake([])).followUp).toMatchObject({ reviewInDays: 7, seeDoctorIfNotBetterByDay: 28 });
  });
  it('leg pain adds the 6-week note', () => {
    const f = assess(intake(['leg_pain_below_knee'])).followUp;
    expect(f.notes.some((n) => /6 weeks/.test(n))).toBe(true);
  });
  it('points to the next see-doctor day still ahead, or none once the episode is long-standing', () => {
    expect(
      assess(intake(['getting_better', 'leg_pain_below_knee'], { onsetDaysAgo: 30 })).followUp
        .seeDoctorIfNotBetterByDay,
    ).toBe(42);
    expect(assess(intake(['getting_better'], { onsetDaysAgo: 30 })).followUp.seeDoctorIfNotBetterByDay).toBeNull();
  });
  it('urgent and emergency mean today', () => {
    expect(assess(intake(['fever'])).followUp).toMatchObject({ reviewInDays: 0, seeDoctorIfNotBetterByDay: null });
  });
});

describe('reasons', () => {
  it('name the answers and the numbers behind each rule', () => {
    const a = assess(intake([], { onsetDaysAgo: 30, age: 15, painNow: 9, previousEpisodes: 3 }));
    const texts = a.reasons.map((r) => r.text).join('\n');
    expect(texts).toMatch(/your age \(15\)/);
    expect(texts).toMatch(/30 days/);
    expect(texts).toMatch(/did not say yes to: .*eas/);
  });
  it('carry the knowledge version', () => {
    expect(assess(intake([])).knowledgeVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
  });
});
