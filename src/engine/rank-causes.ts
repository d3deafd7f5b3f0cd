// Contract §4.2: causes whose defining findings are present are "likely"; weaker evidence makes
// a cause "possible", ranked after every likely one. The fallback cause (the one with no
// defining findings) appears only when nothing else does. Unsure answers count as no here.
import type { Cause, Knowledge } from '#knowledge';
import { isTrue, matchedFindings } from './evaluate-expr.ts';
import type { Facts } from './facts.ts';
import type { CauseResult } from './types.ts';

const describe = (cause: Cause) => ({
  code: cause.code,
  title: cause.title,
  explanation: cause.explanation,
  sources: cause.sources,
});

export function rankCauses(facts: Facts, knowledge: Pick<Knowledge, 'causes'>): CauseResult[] {
  const byRank = [...knowledge.causes].sort((a, b) => a.rank - b.rank);
  const likely: CauseResult[] = [];
  const possible: CauseResult[] = [];
  for (const cause of byRank) {
    if (!cause.defining) continue;
    if (isTrue(cause.defining, facts)) {
      likely.push({ ...describe(cause), strength: 'likely', findings: matchedFindings(cause.defining, facts) });
    } else if (cause.supporting && isTrue(cause.supporting, facts)) {
      possible.push({ ...describe(cause), strength: 'possible', findings: matchedFindings(cause.supporting, facts) });
    }
  }
  if (likely.length + possible.length > 0) return [...likely, ...possible];
  return byRank
    .filter((cause) => !cause.defining)
    .map((cause) => {
      const typical = cause.supporting !== undefined && isTrue(cause.supporting, facts);
      return {
        ...describe(cause),
        strength: typical ? 'likely' : 'possible',
        findings: cause.supporting ? matchedFindings(cause.supporting, facts) : [],
      };
    });
}
