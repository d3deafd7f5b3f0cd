// Contract §4.1: each red-flag condition once, with the findings (and unsure codes) that raised
// it, at the most urgent level any rule involving those findings gives. A condition that only an
// unsure code raises is reported at that code's contributed level.
import type { Disposition, FindingCode, Knowledge, RedFlagCode } from '#knowledge';
import { rankOf } from '../rank.ts';
import type { RedFlagResult } from '../types.ts';
import type { Triage } from './decide-disposition.ts';
import type { FiredRule } from './evaluate-rules.ts';

type Raised = { level: Disposition; findings: Set<FindingCode> };

export function collectRedFlags(triage: Triage, knowledge: Pick<Knowledge, 'redFlagConditions'>): RedFlagResult[] {
  const raised = new Map<RedFlagCode, Raised>();
  const conditions = new Map(knowledge.redFlagConditions.map((c) => [c.code, c]));

  const raise = (fired: FiredRule, level: Disposition): void => {
    for (const code of fired.rule.flags) {
      const condition = conditions.get(code);
      if (!condition) throw new Error(`Unknown red-flag condition ${code} in ${fired.rule.id}`);
      const own = fired.findings.filter((f) => condition.findings.includes(f));
      // A rule that names several conditions raises only those whose findings took part.
      if (condition.findings.length > 0 && own.length === 0) continue;
      const entry = raised.get(code) ?? { level, findings: new Set<FindingCode>() };
      if (rankOf(level) > rankOf(entry.level)) entry.level = level;
      for (const f of own) entry.findings.add(f);
      raised.set(code, entry);
    }
  };

  for (const fired of triage.base.fired) raise(fired, fired.rule.level);
  for (const effect of triage.unsureEffects) {
    if (!effect.contributes) continue;
    for (const fired of effect.ifYes.fired) {
      if (fired.findings.includes(effect.code)) raise(fired, effect.contributes);
    }
  }

  // Report in the catalogue's order so output is stable.
  return knowledge.redFlagConditions.flatMap((condition) => {
    const entry = raised.get(condition.code);
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
