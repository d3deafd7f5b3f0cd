// Every source an assessment cites, once, in the order the result shows them: the disposition,
// the reasons, the causes, the plan, what to avoid and the follow-up.
import type { Assessment } from '#engine';
import type { SourceId } from '#knowledge';

export function allSources(assessment: Assessment, extra: readonly SourceId[] = []): SourceId[] {
  const ids = new Set<SourceId>(extra);
  const add = (list: readonly SourceId[]) => {
    for (const id of list) ids.add(id);
  };
  for (const r of assessment.reasons) add(r.sources);
  for (const c of assessment.causes) add(c.sources);
  for (const p of assessment.plan) add(p.sources);
  for (const a of assessment.avoid) add(a.sources);
  add(assessment.followUp.sources);
  return [...ids];
}
