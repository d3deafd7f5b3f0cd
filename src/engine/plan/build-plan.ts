// Contract §5: the relief plan and what to avoid. Precedence: the disposition decides which
// kinds of item may appear at all; the safety limits then remove anything contraindicated.
// `safety` counts every unsure answer as yes (contract §4).
import type { AvoidCode, CauseCode, Disposition, FindingCode, Knowledge, PlanCode, RedFlagCode } from '#knowledge';
import { medicineRule } from '#knowledge';
import { isTrue, matchedFindings } from '../evaluate-expr.ts';
import type { Facts } from '../facts.ts';
import type { AvoidEntry, PlanEntry } from '../types.ts';
import { nsaidContraindications } from './nsaid-safety.ts';

export type PlanInput = {
  readonly disposition: Disposition;
  /** Findings with every unsure answer counted as yes. */
  readonly safety: Facts;
  readonly causes: readonly CauseCode[];
  readonly redFlags: readonly RedFlagCode[];
  /** Codes the person was not sure about (already counted as yes in `safety`). */
  readonly unsure: ReadonlySet<FindingCode>;
};

type PlanKnowledge = Pick<
  Knowledge,
  'planItems' | 'avoidItems' | 'medicines' | 'planPolicy' | 'planReasons' | 'redFlagConditions'
>;

type Pick_ = {
  code: PlanCode;
  why: string;
  findings: readonly FindingCode[];
  notes?: readonly string[];
  cautions?: readonly string[];
};
type AvoidPick = { code: AvoidCode; why?: string; findings: readonly FindingCode[] };

const present = (facts: Facts, codes: readonly FindingCode[]): FindingCode[] =>
  codes.filter((c) => facts.findings.has(c));

export function buildPlan(input: PlanInput, knowledge: PlanKnowledge): { plan: PlanEntry[]; avoid: AvoidEntry[] } {
  const { disposition, safety } = input;
  const policy = knowledge.planPolicy;
  const why = knowledge.planReasons;
  const picks: Pick_[] = [];
  const avoid: AvoidPick[] = [];

  if (disposition === 'emergency') {
    picks.push({ code: 'call_emergency', why: why.emergency.call_emergency, findings: [] });
    picks.push({ code: 'do_not_drive', why: why.emergency.do_not_drive, findings: [] });
    return finish(picks, avoid, knowledge);
  }

  const heatBlockers = present(safety, policy.heatBlockedBy);
  const coldBlockers = present(safety, policy.coldBlockedBy);
  const nerveRoot = present(safety, policy.nerveRootSigns);
  const medicine = isTrue(medicineRule, safety) ? matchedFindings(medicineRule, safety) : [];
  // Suspected muscle breakdown is urgent and gets same-day advice about the statin itself, so
  // "do not stop it on your own" would contradict it (contract §5). Only the urgent case.
  const rhabdo = disposition === 'urgent' && input.redFlags.includes('rhabdomyolysis');

  if (disposition === 'urgent') {
    const urgentNotes = knowledge.redFlagConditions
      .filter((c) => input.redFlags.includes(c.code))
      .map((c) => c.summary);
    picks.push({
      code: 'urgent_same_day',
      why: why.urgent.urgent_same_day,
      findings: [],
      notes: urgentNotes,
    });
    if (medicine.length > 0 && !rhabdo) {
      picks.push({
        code: 'contact_prescriber',
        why: why.urgent.contact_prescriber,
        findings: medicine,
      });
      avoid.push({ code: 'stop_medicine_alone', findings: medicine });
    }
    picks.push({ code: 'short_rest_position', why: why.urgent.short_rest_position, findings: [] });
    if (heatBlockers.length === 0) {
      picks.push({ code: 'heat', why: why.urgent.heat, findings: [] });
      avoid.push({ code: 'hot_over_40c', findings: [] });
    }
    return finish(picks, avoid, knowledge);
  }

  // see_doctor and self_care
  if (disposition === 'see_doctor') {
    picks.push({
      code: 'book_doctor',
      why: why.routine.book_doctor,
      findings: [],
    });
  }
  if (medicine.length > 0) {
    picks.push({
      code: 'contact_prescriber',
      why: why.routine.contact_prescriber,
      findings: medicine,
    });
  }
  if (safety.findings.has('new_medicine_recent') && !rhabdo) {
    avoid.push({
      code: 'stop_medicine_alone',
      findings: ['new_medicine_recent', ...medicine.filter((m) => m !== 'new_medicine_recent')],
    });
  }
  picks.push({ code: 'stay_active', why: why.routine.stay_active, findings: [] });
  picks.push({ code: 'walking', why: why.routine.walking, findings: [] });
  picks.push({ code: 'short_rest_position', why: why.routine.short_rest_position, findings: [] });
  if (heatBlockers.length === 0) {
    picks.push({ code: 'heat', why: why.routine.heat, findings: [] });
    avoid.push({ code: 'hot_over_40c', findings: [] });
  }
  if (coldBlockers.length === 0) {
    picks.push({ code: 'cold', why: why.routine.cold, findings: [] });
  }

  const nsaidBlockers = nsaidContraindications(
    safety,
    knowledge.medicines,
    policy.nsaidMedicine,
    knowledge.planReasons,
    policy,
    input.unsure,
  );
  if (nsaidBlockers.reasons.length === 0) {
    picks.push({ code: 'nsaid_oral', why: why.routine.nsaid_oral, findings: [], cautions: nsaidBlockers.cautions });
  } else {
    avoid.push({ code: 'nsaid_oral', why: nsaidBlockers.text, findings: nsaidBlockers.findings });
  }

  // Exercises and hands-on treatment wait for the doctor when a red flag is being checked.
  if (input.redFlags.length === 0) {
    const slrBlockers = [...nerveRoot, ...present(safety, policy.singleLegRaiseBlockedBy)];
    picks.push({ code: 'pelvic_tilt', why: why.routine.pelvic_tilt, findings: [] });
    picks.push({ code: 'knee_to_chest', why: why.routine.knee_to_chest, findings: [] });
    picks.push({ code: 'gentle_stretch', why: why.routine.gentle_stretch, findings: [] });
    if (slrBlockers.length === 0) {
      picks.push({ code: 'single_leg_raise', why: why.routine.single_leg_raise, findings: [] });
    }
    if (nerveRoot.length === 0) {
      picks.push({ code: 'massage', why: why.routine.massage, findings: [] });
    }
    const previous = safety.numbers.previousEpisodes ?? 0;
    const onset = safety.numbers.onsetDaysAgo;
    const inactive = input.causes.includes('deconditioning');
    if (
      previous >= policy.exerciseProgrammeFromPreviousEpisodes ||
      onset >= policy.exerciseProgrammeFromDay ||
      inactive
    ) {
      picks.push({
        code: 'exercise_programme',
        why: why.routine.exercise_programme,
        findings: inactive ? ['low_activity'] : [],
      });
    }
  }
  if (
    input.causes.includes('postural') ||
    input.causes.includes('piriformis') ||
    safety.findings.has('pain_worse_sitting')
  ) {
    picks.push({
      code: 'posture_breaks',
      why: why.routine.posture_breaks,
      findings: present(safety, ['prolonged_sitting', 'awkward_posture_recent', 'pain_worse_sitting']),
    });
  }
  if (input.causes.includes('lifting_strain')) {
    picks.push({
      code: 'lifting_technique',
      why: why.routine.lifting_technique,
      findings: present(safety, ['heavy_lifting', 'onset_during_lift_or_twist', 'distracted_or_tired_during_task']),
    });
  }

  avoid.push({ code: 'bed_rest', findings: [] }, { code: 'paracetamol_alone', findings: [] });
  if (disposition === 'self_care') avoid.push({ code: 'routine_imaging', findings: [] });
  return finish(picks, avoid, knowledge, nerveRoot.length > 0 ? policy.nerveRootCaution : undefined, nerveRoot);
}

function finish(
  picks: readonly Pick_[],
  avoid: readonly AvoidPick[],
  knowledge: PlanKnowledge,
  movementCaution?: string,
  cautionFindings: readonly FindingCode[] = [],
): { plan: PlanEntry[]; avoid: AvoidEntry[] } {
  const plan = picks.map((p): PlanEntry => {
    const item = knowledge.planItems.find((i) => i.code === p.code);
    if (!item) throw new Error(`No plan item for ${p.code}`);
    const moves = item.kind === 'movement' || item.kind === 'exercise';
    const cautions = [...(moves && movementCaution ? [movementCaution] : []), ...(p.cautions ?? []), ...item.cautions];
    const detail = p.notes && p.notes.length > 0 ? `${item.detail} ${p.notes.join(' ')}` : item.detail;
    return {
      code: item.code,
      kind: item.kind,
      title: item.title,
      detail,
      steps: item.steps,
      cautions,
      sources: item.sources,
      why: moves && movementCaution ? `${p.why} ${knowledge.planReasons.nerveRootMovement}` : p.why,
      findings: moves && movementCaution ? [...new Set([...p.findings, ...cautionFindings])] : p.findings,
      ...(item.exercise ? { exercise: item.exercise } : {}),
      ...(item.timer ? { timer: item.timer } : {}),
    };
  });
  const avoided = avoid.map((a): AvoidEntry => {
    const item = knowledge.avoidItems.find((i) => i.code === a.code);
    if (!item) throw new Error(`No avoid item for ${a.code}`);
    return {
      code: item.code,
      title: item.title,
      why: a.why ?? item.why,
      sources: item.sources,
      findings: a.findings,
      ...(item.myth ? { myth: item.myth } : {}),
    };
  });
  return { plan, avoid: avoided };
}
