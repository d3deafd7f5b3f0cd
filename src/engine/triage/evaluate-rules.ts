// Contract §4: which disposition rules hold for a set of facts.
import type { Disposition, DispositionRule, FindingCode } from '#knowledge';
import { isTrue, matchedFindings } from '../evaluate-expr.ts';
import type { Facts } from '../facts.ts';
import { mostUrgent } from '../rank.ts';

export type FiredRule = {
  readonly rule: DispositionRule;
  /** The present findings that made it hold. */
  readonly findings: readonly FindingCode[];
};

export type RuleEvaluation = {
  readonly level: Disposition;
  readonly fired: readonly FiredRule[];
  readonly facts: Facts;
};

export function evaluateRules(rules: readonly DispositionRule[], facts: Facts): RuleEvaluation {
  const fired = rules
    .filter((rule) => isTrue(rule.when, facts))
    .map((rule) => ({ rule, findings: matchedFindings(rule.when, facts) }));
  return { level: mostUrgent(fired.map((f) => f.rule.level)), fired, facts };
}
