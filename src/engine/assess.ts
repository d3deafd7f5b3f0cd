// contract §3: intake → assessment. Pure and deterministic: no clock, no I/O, no randomness.
import { CORE_KNOWLEDGE, type Knowledge } from '#knowledge';
import { explainTriage } from './explain.ts';
import { factsFrom } from './facts.ts';
import { buildPlan } from './plan/build-plan.ts';
import { planFollowUp } from './plan-follow-up.ts';
import { rankCauses } from './rank-causes.ts';
import { collectRedFlags } from './triage/collect-red-flags.ts';
import { decideDisposition } from './triage/decide-disposition.ts';
import type { Assessment, Intake } from './types.ts';

export function assess(intake: Intake, knowledge: Knowledge = CORE_KNOWLEDGE): Assessment {
  const triage = decideDisposition(intake, knowledge);
  const redFlags = collectRedFlags(triage, knowledge);
  // Causes: unsure counts as no. Safety limits: unsure counts as yes (contract §4).
  const causes = rankCauses(factsFrom(intake), knowledge);
  const unsure = new Set(intake.unsure ?? []);
  const safety = factsFrom(intake, unsure);
  const { plan, avoid } = buildPlan(
    {
      disposition: triage.disposition,
      safety,
      causes: causes.map((c) => c.code),
      redFlags: redFlags.map((f) => f.code),
      unsure,
    },
    knowledge,
  );
  return {
    disposition: triage.disposition,
    redFlags,
    causes,
    plan,
    avoid,
    reasons: explainTriage(triage, knowledge, safety),
    followUp: planFollowUp(triage.disposition, safety, knowledge),
    knowledgeVersion: knowledge.version,
  };
}
