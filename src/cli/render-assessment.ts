// An assessment as readable terminal text: the disposition first (emergency text first and
// loud), then why, what to do, what to avoid, likely causes and when to check again.
import type { Assessment } from '#engine';
import { DEFAULT_EMERGENCY_REGIONS, DISPOSITION_TEXT, EMERGENCY_ACTION_TEXT, REGIONS, type Region } from '#knowledge';
import { DEFAULT_WIDTH, wrap as wrapAt } from './wrap.ts';

/** The disposition in words, with the region's number and care route (every common one if none). */
export function headline(a: Pick<Assessment, 'disposition'>, region: Region | null = null): string {
  const text = DISPOSITION_TEXT[a.disposition];
  const regions = region ? [region] : REGIONS.filter((r) => DEFAULT_EMERGENCY_REGIONS.includes(r.id));
  const each = (route: (r: Region) => string) =>
    regions.map((r) => (region ? route(r) : `${r.name}: ${route(r)}`)).join('; ');
  switch (a.disposition) {
    case 'emergency':
      return `EMERGENCY — ${text.title}: ${regions.map((r) => r.emergency.number).join(' / ')}. ${EMERGENCY_ACTION_TEXT}`;
    case 'urgent':
      return `URGENT — ${text.title}. ${text.body} Same-day help: ${each((r) => r.sameDay)}.`;
    case 'see_doctor':
      return `${text.title}. Who to see: ${each((r) => r.doctor)}.`;
    case 'self_care':
      return `${text.title}. ${text.body}`;
  }
}

/** The assessment as text wrapped at `width` columns (the terminal's, or 78). */
export function renderAssessment(a: Assessment, region: Region | null = null, width = DEFAULT_WIDTH): string {
  const wrap = (text: string, indent: string) => wrapAt(text, indent, width);
  const out: string[] = [];
  const bar = '='.repeat(width);
  out.push(bar, wrap(headline(a, region), '  '), bar, '');
  if (a.redFlags.length > 0) {
    out.push('Warning signs:');
    for (const f of a.redFlags) out.push(wrap(`- ${f.title}: ${f.summary}`, '  '));
    out.push('');
  }
  out.push('Why:');
  for (const r of a.reasons) out.push(wrap(`- ${r.text} [sources: ${r.sources.join(', ')}]`, '  '));
  out.push('', 'What to do:');
  for (const p of a.plan) {
    out.push(wrap(`- ${p.title}. ${p.detail}`, '  '));
    for (const c of p.cautions) out.push(wrap(`! ${c}`, '      '));
  }
  if (a.avoid.length > 0) {
    out.push('', 'Avoid:');
    for (const x of a.avoid) out.push(wrap(`- ${x.title}: ${x.why}`, '  '));
  }
  if (a.disposition !== 'emergency') {
    out.push('', wrap('What may be behind it (triggers and contributors, not a diagnosis):', ''));
    for (const c of a.causes.slice(0, 3)) out.push(wrap(`- ${c.title} (${c.strength}): ${c.explanation}`, '  '));
    out.push('', 'When to check again:');
    for (const n of a.followUp.notes) out.push(wrap(`- ${n}`, '  '));
  }
  out.push('', wrap(`Unknot does not diagnose. Knowledge version ${a.knowledgeVersion}.`, ''), '');
  return out.join('\n');
}
