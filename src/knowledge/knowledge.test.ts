// Catalogue-wide invariants: ids are unique, every reference resolves, every item is sourced,
// and the catalogue covers every code the contract defines.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AVOID_CODES,
  CALL_NOW_SIGNS,
  CAUDA_EQUINA_FINDINGS,
  CAUSE_CODES,
  CHECKIN_RECHECK,
  DIARY_NOTICES,
  DISPOSITION_TEXT,
  type Expr,
  FINDING_CODES,
  KNOWLEDGE,
  PLAN_CODES,
  type PlanKind,
  REASON_TEXT,
  RED_FLAG_CODES,
  REGIONS,
  REMINDER_TEXT,
} from './index.ts';

const k = KNOWLEDGE;
const sourceIds = new Set(k.sources.map((s) => s.id));
const seedsDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

const sourced = [
  ...k.questions.flatMap((q) => (q.kind === 'finding' ? [{ id: q.code, sources: q.sources }] : [])),
  ...k.redFlagConditions.map((c) => ({ id: c.code, sources: c.sources })),
  ...k.dispositionRules.map((r) => ({ id: r.id, sources: r.sources })),
  ...k.causes.map((c) => ({ id: c.code, sources: c.sources })),
  ...k.followUpRules.map((r) => ({ id: r.id, sources: r.sources })),
  ...k.planItems.map((p) => ({ id: `plan/${p.code}`, sources: p.sources })),
  ...k.avoidItems.map((a) => ({ id: `avoid/${a.code}`, sources: a.sources })),
  ...k.exercises.map((e) => ({ id: e.id, sources: e.sources })),
  ...k.medicines.map((m) => ({ id: m.id, sources: m.sources })),
  ...k.myths.map((m) => ({ id: m.id, sources: m.sources })),
  ...DIARY_NOTICES.map((n) => ({ id: n.id, sources: n.sources })),
  ...k.safetyNets.map((n) => ({ id: n.id, sources: n.sources })),
  ...Object.entries(DISPOSITION_TEXT).map(([d, t]) => ({ id: `disposition/${d}`, sources: t.sources })),
  ...REGIONS.map((r) => ({ id: `region/${r.id}`, sources: r.sources })),
  { id: 'call-now-signs', sources: CALL_NOW_SIGNS.sources },
  { id: 'checkin-recheck', sources: CHECKIN_RECHECK.sources },
  { id: 'reason/self-care', sources: REASON_TEXT.selfCare.sources },
  { id: 'reason/unsure', sources: REASON_TEXT.sources },
  ...Object.entries(REMINDER_TEXT).map(([kind, t]) => ({ id: `reminder/${kind}`, sources: t.sources })),
];

function* walk(expr: Expr): Generator<Expr> {
  yield expr;
  if ('any' in expr) for (const e of expr.any) yield* walk(e);
  if ('all' in expr) for (const e of expr.all) yield* walk(e);
  if ('atLeast' in expr) for (const e of expr.of) yield* walk(e);
}
const allExprs = [
  ...k.dispositionRules.map((r) => r.when),
  ...k.causes.flatMap((c) => [c.defining, c.supporting].filter((e): e is Expr => e !== undefined)),
  ...k.followUpRules.flatMap((r) => (r.appliesWhen ? [r.appliesWhen] : [])),
  ...k.questions.flatMap((q) => (q.kind === 'finding' && q.askWhen ? [q.askWhen] : [])),
  ...k.questionGroups.flatMap((g) => (g.askWhen ? [g.askWhen] : [])),
].flatMap((e) => [...walk(e)]);

const unique = (ids: readonly string[]) => expect(ids.length).toBe(new Set(ids).size);

describe('the knowledge catalogue', () => {
  it('has unique ids in every list', () => {
    unique(k.sources.map((s) => s.id));
    unique(k.dispositionRules.map((r) => r.id));
    unique(k.exercises.map((e) => e.id));
    unique(k.medicines.map((m) => m.id));
    unique(k.myths.map((m) => m.id));
    unique(k.followUpRules.map((r) => r.id));
    unique(k.questionGroups.map((g) => g.id));
    unique(k.questions.map((q) => (q.kind === 'finding' ? q.code : q.field)));
  });

  it('uses kebab-case ids, namespaced by kind', () => {
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    for (const s of k.sources) expect(s.id, s.id).toMatch(kebab);
    for (const [prefix, ids] of [
      ['rule', k.dispositionRules.map((r) => r.id)],
      ['exercise', k.exercises.map((e) => e.id)],
      ['medicine', k.medicines.map((m) => m.id)],
      ['myth', k.myths.map((m) => m.id)],
      ['follow-up', k.followUpRules.map((r) => r.id)],
    ] as const) {
      for (const id of ids) expect(id, id).toMatch(new RegExp(`^${prefix}/[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });

  it('gives every item at least one source, and every source resolves', () => {
    for (const item of sourced) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const s of item.sources) expect(sourceIds.has(s), `${item.id} cites unknown source ${s}`).toBe(true);
    }
  });

  it('keeps reminders short enough for a lock screen', () => {
    for (const t of Object.values(REMINDER_TEXT)) {
      expect(t.title.length).toBeLessThanOrEqual(40);
      expect(t.body.length).toBeLessThanOrEqual(80);
    }
  });

  it('describes every source fully', () => {
    for (const s of k.sources) {
      expect(s.title.trim(), s.id).not.toBe('');
      expect(s.publisher.trim(), s.id).not.toBe('');
      expect(s.year, s.id).toBeGreaterThanOrEqual(1940);
      expect(s.year, s.id).toBeLessThanOrEqual(2100);
      if (s.kind === 'seed') expect(s.file, s.id).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      else expect(s.ref ?? s.kind, s.id).toMatch(/^(R\d+|project-reference)$/);
    }
  });

  it('names seed articles by files that exist in ../shared/seeds', () => {
    if (!existsSync(seedsDir))
      throw new Error(`${seedsDir} is missing: clone shared beside this repository as ../shared (README)`);
    for (const s of k.sources.filter((x) => x.kind === 'seed')) {
      expect(existsSync(join(seedsDir, s.file ?? '')), s.id).toBe(true);
    }
  });
});

describe('questions', () => {
  it('asks about every finding code exactly once, in a known group', () => {
    const codes = k.questions.flatMap((q) => (q.kind === 'finding' ? [q.code] : []));
    expect([...codes].sort()).toEqual([...FINDING_CODES].sort());
    const groups = new Set(k.questionGroups.map((g) => g.id));
    for (const q of k.questions) expect(groups.has(q.group)).toBe(true);
  });

  it('asks the emergency questions first, including every cauda-equina question', () => {
    expect(k.questionGroups[0]?.id).toBe('emergency');
    expect(k.questions[0]?.group).toBe('emergency');
    const emergency = k.questions
      .filter((q) => q.group === 'emergency')
      .map((q) => (q.kind === 'finding' ? q.code : ''));
    for (const c of CAUDA_EQUINA_FINDINGS) expect(emergency).toContain(c);
  });

  it('asks for age and duration, which the contract requires', () => {
    const required = k.questions
      .filter((q) => q.kind === 'number' && q.required)
      .map((q) => q.kind === 'number' && q.field);
    expect(required).toEqual(['age']);
    expect(k.questions.filter((q) => q.kind === 'choice').map((q) => q.field)).toEqual(['onsetChoice']);
  });

  it('offers duration choices that cover every day once, in order, with the exact figure askable', () => {
    const choice = k.questions.find((q) => q.kind === 'choice');
    const options = choice?.kind === 'choice' ? choice.options : [];
    expect(options[0]?.min).toBe(0);
    for (const [i, o] of options.entries()) {
      expect(o.max).toBeGreaterThanOrEqual(o.min);
      if (i > 0) expect(o.min).toBe((options[i - 1]?.max ?? Number.NaN) + 1);
      if (o.min !== o.max) expect(o.exact ?? o.max <= 6).toBeTruthy();
      if (o.exact) expect(o.exact.text.endsWith('?')).toBe(true);
    }
  });

  it('puts every finding question of a screen with lists in one of its lists', () => {
    for (const q of k.questions) {
      if (q.kind !== 'finding') continue;
      const group = k.questionGroups.find((g) => g.id === q.group);
      if (group?.lists)
        expect(
          group.lists.map((l) => l.id),
          q.code,
        ).toContain(q.list);
      else expect(q.list, q.code).toBeUndefined();
    }
    for (const g of k.questionGroups)
      for (const l of g.lists ?? [])
        expect(k.questions.some((q) => q.kind === 'finding' && q.group === g.id && q.list === l.id)).toBe(true);
  });

  it('words every question as a question, with help and a label', () => {
    for (const q of k.questions) {
      expect(q.text.trim().endsWith('?'), q.text).toBe(true);
      expect(q.help.trim().length).toBeGreaterThan(10);
      if (q.kind === 'finding') expect(q.label.trim()).not.toBe('');
    }
  });
});

describe('rules', () => {
  it('negates only getting_better (so every other finding can only raise the disposition)', () => {
    for (const e of allExprs) if ('absent' in e) expect(e.absent).toBe('getting_better');
  });

  it('reports only known red-flag conditions, each defined once', () => {
    expect(k.redFlagConditions.map((c) => c.code).sort()).toEqual([...RED_FLAG_CODES].sort());
    for (const r of k.dispositionRules) for (const f of r.flags) expect(RED_FLAG_CODES).toContain(f);
    for (const code of RED_FLAG_CODES) {
      expect(
        k.dispositionRules.some((r) => r.flags.includes(code)),
        code,
      ).toBe(true);
    }
  });

  it('defines every cause once, with exactly one fallback', () => {
    expect(k.causes.map((c) => c.code).sort()).toEqual([...CAUSE_CODES].sort());
    expect(k.causes.filter((c) => !c.defining).map((c) => c.code)).toEqual(['muscle_spasm_nonspecific']);
    unique(k.causes.map((c) => String(c.rank)));
  });

  it('treats the nine cauda-equina codes, and only those, as yes when unsure', () => {
    expect([...k.unsureCountsAsYes].sort()).toEqual([...CAUDA_EQUINA_FINDINGS].sort());
  });
});

describe('plan, avoid, exercises, medicines and myths', () => {
  const kinds: Record<PlanKind, readonly string[]> = {
    referral: ['call_emergency', 'urgent_same_day', 'book_doctor', 'contact_prescriber'],
    comfort: ['short_rest_position', 'heat', 'cold', 'massage'],
    movement: ['stay_active', 'walking'],
    exercise: ['gentle_stretch', 'knee_to_chest', 'pelvic_tilt', 'single_leg_raise', 'exercise_programme'],
    medicine: ['nsaid_oral'],
    advice: ['posture_breaks', 'lifting_technique'],
  };

  it('has one plan item per plan code, of the kind contract §3.3 gives it', () => {
    expect(k.planItems.map((p) => p.code).sort()).toEqual([...PLAN_CODES].sort());
    for (const [kind, codes] of Object.entries(kinds)) {
      for (const code of codes) expect(k.planItems.find((p) => p.code === code)?.kind, code).toBe(kind);
    }
  });

  it('has one avoid item per avoid code, linked to real myths', () => {
    expect(k.avoidItems.map((a) => a.code).sort()).toEqual([...AVOID_CODES].sort());
    const myths = new Set(k.myths.map((m) => m.id));
    for (const a of k.avoidItems) if (a.myth) expect(myths.has(a.myth), a.myth).toBe(true);
  });

  it('links plan items to real exercises and medicines', () => {
    const exercises = new Set(k.exercises.map((e) => e.id));
    const medicines = new Set(k.medicines.map((m) => m.id));
    for (const p of k.planItems) {
      if (p.exercise) expect(exercises.has(p.exercise), p.exercise).toBe(true);
      if (p.medicine) expect(medicines.has(p.medicine), p.medicine).toBe(true);
    }
    for (const e of k.exercises) expect(PLAN_CODES).toContain(e.planCode);
    expect(medicines.has(k.planPolicy.nsaidMedicine)).toBe(true);
  });

  it('has exercises for knee-to-chest, pelvic tilt, single leg raise, a gentle stretch and walking', () => {
    const codes = k.exercises.map((e) => e.planCode).sort();
    expect(codes).toEqual(['gentle_stretch', 'knee_to_chest', 'pelvic_tilt', 'single_leg_raise', 'walking']);
    for (const e of k.exercises) {
      expect(e.steps.length).toBeGreaterThan(1);
      expect(e.stopIf).toContain(k.planPolicy.nerveRootCaution);
    }
  });

  it('states each timer’s limits in its safety note with the same numbers', () => {
    for (const item of k.planItems) {
      const timer = item.timer;
      if (!timer) continue;
      if (timer.kind === 'heat') expect(timer.safetyNote).toContain(`${timer.maxTemperatureC} °C`);
      else expect(timer.safetyNote).toContain(`${timer.maxMinutes} minutes`);
    }
    expect(k.planItems.filter((p) => p.timer).map((p) => p.code)).toEqual(['heat', 'cold']);
  });

  it('rules out oral NSAIDs for exactly the contract §5 conditions', () => {
    const nsaid = k.medicines.find((m) => m.id === k.planPolicy.nsaidMedicine);
    expect((nsaid?.contraindications ?? []).map((c) => c.code).sort()).toEqual(
      [
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
      ].sort(),
    );
    expect(nsaid?.contraindicatedFromAge?.age).toBe(65);
  });

  it('has medicine notes for NSAIDs, paracetamol, muscle relaxants and topical rubs', () => {
    const kinds_ = new Set(k.medicines.map((m) => m.kind));
    for (const kind of ['oral-nsaid', 'paracetamol', 'muscle-relaxant', 'topical'] as const)
      expect(kinds_.has(kind)).toBe(true);
    expect(k.medicines.find((m) => m.kind === 'muscle-relaxant')?.availability).toBe('prescription-only');
  });

  it('has a myth-vs-evidence note for every row of reference §4, citing seeds that exist', () => {
    expect(k.myths.map((m) => m.referenceRow).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    const seeds = new Set(k.sources.filter((s) => s.kind === 'seed').map((s) => s.id));
    for (const m of k.myths) for (const s of m.seeds) expect(seeds.has(s), `${m.id}: ${s}`).toBe(true);
  });
});
