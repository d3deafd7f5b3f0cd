// Contract §4 including the unsure rule (v2: unsure answers judged together). Cauda-equina codes
// count as yes (B). W moves every unsure code into the findings at once; if W is more urgent
// than B, the disposition is one level below W, never below see_doctor and never below B.
import type { Disposition, DispositionRule, FindingCode, Knowledge } from '#knowledge';
import { factsFrom } from '../facts.ts';
import { mostUrgent, rankOf } from '../rank.ts';
import type { Intake } from '../types.ts';
import { evaluateRules, type RuleEvaluation } from './evaluate-rules.ts';

/** One unsure code tried as yes on its own (B plus this code), for the reasons. */
export type UnsureEffect = {
  readonly code: FindingCode;
  readonly ifYes: RuleEvaluation;
  /** What this answer alone would contribute, or null when its yes alone would not raise B. */
  readonly contributes: Disposition | null;
};

export type Triage = {
  readonly disposition: Disposition;
  /** B: findings plus the unsure codes that count as yes. */
  readonly base: RuleEvaluation;
  /** W: findings plus every unsure code. */
  readonly worst: RuleEvaluation;
  /** What W contributes (one level below it, never below see_doctor), or null if W does not raise B. */
  readonly worstContributes: Disposition | null;
  readonly unsureAsYes: readonly FindingCode[];
  /** Each other unsure code on its own. */
  readonly unsureEffects: readonly UnsureEffect[];
};

type TriageKnowledge = Pick<Knowledge, 'dispositionRules' | 'unsureCountsAsYes'>;

/** One level below, never below see_doctor (contract §4 and §4.1). */
export function contributionOf(ifYes: Disposition): Disposition {
  return ifYes === 'emergency' ? 'urgent' : 'see_doctor';
}

export function decideDisposition(intake: Intake, knowledge: TriageKnowledge): Triage {
  const rules: readonly DispositionRule[] = knowledge.dispositionRules;
  const alwaysYes = new Set<FindingCode>(knowledge.unsureCountsAsYes);
  const unsure = intake.unsure ?? [];
  const unsureAsYes = unsure.filter((c) => alwaysYes.has(c));
  const base = evaluateRules(rules, factsFrom(intake, unsureAsYes));
  const worst = evaluateRules(rules, factsFrom(intake, unsure));
  const worstContributes = rankOf(worst.level) > rankOf(base.level) ? contributionOf(worst.level) : null;
  const unsureEffects = unsure
    .filter((c) => !alwaysYes.has(c))
    .map((code): UnsureEffect => {
      const ifYes = evaluateRules(rules, factsFrom(intake, [...unsureAsYes, code]));
      const raises = rankOf(ifYes.level) > rankOf(base.level);
      return { code, ifYes, contributes: raises ? contributionOf(ifYes.level) : null };
    });
  return {
    disposition: mostUrgent([base.level, ...(worstContributes ? [worstContributes] : [])]),
    base,
    worst,
    worstContributes,
    unsureAsYes,
    unsureEffects,
  };
}
