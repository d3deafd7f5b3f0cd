// Contract §4.1: each red-flag condition once, with the findings (and unsure codes) that raised
// it, at the most urgent level any rule involving those findings gives. v2: a condition that
// appears only in W (every unsure code as yes) is reported one level below its W level, never
// below see_doctor; a condition in B whose W level is higher takes the more urgent of its own
// level and one level below its W level.
import type { Disposition, FindingCode, Knowledge, RedFlagCode } from '#knowledge';
import { mostUrgent, rankOf } from '../rank.ts';
import type { RedFlagResult } from '../types.ts';
import { contributionOf, type Triage } from './decide-disposition.ts';
import type { RuleEvaluation } from './evaluate-rules.ts';

type Raised = { level: Disposition; findings: Set<FindingCode> };

function raisedBy(
  evaluation: RuleEvaluation,
  conditions: ReadonlyMap<RedFlagCode, Knowledge['redFlagConditions'][number]>,
): Map<RedFlagCode, Raised> {
  const raised = new Map<RedFlagCode, Raised>();
  for (const fired of evaluation.fired) {
    for (const code of fired.rule.flags) {
      const condition = conditions.get(code);
      if (!condition) throw new Error(`Unknown red-flag condition ${code} in ${fired.rule.id}`);
      const own = fired.findings.filter((f) => condition.findings.includes(f));
      // A rule that names several conditions raises only those whose findings took part.
      if (condition.findings.length > 0 && own.length === 0) continue;
      const entry = raised.get(code) ?? { level: fired.rule.level, findings: new Set<FindingCode>() };
      entry.level = mostUrgent([entry.level, fired.rule.level]);
      for (const f of own) entry.findings.add(f);
      raised.set(code, entry);
    }
  }
  return raised;
}

export function collectRedFlags(triage: Triage, knowledge: Pick<Knowledge, 'redFlagConditions'>): RedFlagResult[] {
  const conditions = new Map(knowledge.redFlagConditions.map((c) => [c.code, c]));
  const inBase = raisedBy(triage.base, conditions);
  const inWorst = raisedBy(triage.worst, conditions);
  const unsure = new Set(triage.worst.facts.findings);
  for (const f of triage.base.facts.findings) unsure.delete(f);

  const merged = new Map<RedFlagCode, Raised>();
  for (const [code, worst] of inWorst) {
    const base = inBase.get(code);
    if (base && rankOf(worst.level) <= rankOf(base.level)) continue;
    const fromUnsure = [...worst.findings].filter((f) => unsure.has(f));
    const level = contributionOf(worst.level);
    if (!base) {
      // Only the unsure answers raise it: report them, one level below.
      merged.set(code, { level, findings: new Set(fromUnsure.length > 0 ? fromUnsure : worst.findings) });
    } else {
      merged.set(code, {
        level: mostUrgent([base.level, level]),
        findings: new Set([...base.findings, ...fromUnsure]),
      });
    }
  }
  for (const [code, base] of inBase) if (!merged.has(code)) merged.set(code, base);

  // Report in the catalogue's order so output is stable.
  return knowledge.redFlagConditions.flatMap((condition) => {
    const entry = merged.get(condition.code);
    if (!entry) return [];
    return [
      {
        code: condition.code,
        disposition: entry.level,
        findings: condition.findings.filter((f) => entry.findings.has(f)),
        title: condition.title,
        summary: condition.summary,
      },
    ];
  });
}
