// Contract §4 including the unsure rule: cauda-equina codes count as yes; every other unsure
// code c is tried as yes (W); if W is more urgent, c contributes one level below W, never below
// see_doctor.
import type { Disposition, DispositionRule, FindingCode, Knowledge } from '#knowledge';
import { factsFrom } from '../facts.ts';
import { mostUrgent, rankOf } from '../rank.ts';
import type { Intake } from '../types.ts';
import { evaluateRules, type RuleEvaluation } from './evaluate-rules.ts';

export type UnsureEffect = {
  readonly code: FindingCode;
  /** The disposition if the answer were yes. */
  readonly ifYes: RuleEvaluation;
  /** What the unsure answer contributes, or null when a yes would not raise the disposition. */
  readonly contributes: Disposition | null;
};

export type Triage = {
  readonly disposition: Disposition;
  /** Findings plus the unsure codes that count as yes. */
  readonly base: RuleEvaluation;
  readonly unsureAsYes: readonly FindingCode[];
  readonly unsureEffects: readonly UnsureEffect[];
};

type TriageKnowledge = Pick<Knowledge, 'dispositionRules' | 'unsureCountsAsYes'>;

export function contributionOf(ifYes: Disposition): Disposition {
  return ifYes === 'emergency' ? 'urgent' : 'see_doctor';
}

export function decideDisposition(intake: Intake, knowledge: TriageKnowledge): Triage {
  const rules: readonly DispositionRule[] = knowledge.dispositionRules;
  const alwaysYes = new Set<FindingCode>(knowledge.unsureCountsAsYes);
  const unsure = intake.unsure ?? [];
  const unsureAsYes = unsure.filter((c) => alwaysYes.has(c));
  const base = evaluateRules(rules, factsFrom(intake, unsureAsYes));
  const unsureEffects = unsure
    .filter((c) => !alwaysYes.has(c))
    .map((code): UnsureEffect => {
      const ifYes = evaluateRules(rules, factsFrom(intake, [...unsureAsYes, code]));
      const raises = rankOf(ifYes.level) > rankOf(base.level);
      return { code, ifYes, contributes: raises ? contributionOf(ifYes.level) : null };
    });
  const contributions = unsureEffects.flatMap((e) => (e.contributes ? [e.contributes] : []));
  return {
    disposition: mostUrgent([base.level, ...contributions]),
    base,
    unsureAsYes,
    unsureEffects,
  };
}
