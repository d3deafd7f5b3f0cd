// Plain-language reasons: which answers led to the disposition, and their sources. The sentences
// come from the knowledge base; this file only puts them together.
import {
  CALL_NOW_SIGNS,
  DISPOSITION_TEXT,
  type FindingCode,
  type Knowledge,
  type NumericFact,
  type Question,
  REASON_TEXT,
} from '#knowledge';
import { type HeldCondition, isTrue, matchedConditions } from './evaluate-expr.ts';
import type { Facts } from './facts.ts';
import { rankOf } from './rank.ts';
import type { Triage } from './triage/decide-disposition.ts';
import type { Reason } from './types.ts';

type ExplainKnowledge = Pick<Knowledge, 'questions' | 'safetyNets'>;

export function labelOf(code: FindingCode, questions: readonly Question[]): string {
  const q = questions.find((x) => x.kind === 'finding' && x.code === code);
  return q && q.kind === 'finding' ? q.label : code.replaceAll('_', ' ');
}

const FACT_PHRASES: Record<NumericFact, (value: number) => string> = {
  age: (v) => `your age (${v})`,
  onsetDaysAgo: (v) => `how long it has lasted (${v} days)`,
  painNow: (v) => `your pain score (${v} out of 10)`,
  ageAtOnset: (v) => `your age when it began (about ${Math.floor(v)})`,
  previousEpisodes: (v) => `earlier episodes (${v})`,
};

const fill = (template: string, values: Record<string, string>): string =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, value), template);

function describeCondition(held: HeldCondition, facts: Facts, questions: readonly Question[]): string {
  return 'fact' in held
    ? FACT_PHRASES[held.fact](Number(facts.numbers[held.fact]))
    : `you did not say yes to: ${labelOf(held.absent, questions)}`;
}

function answersPhrase(
  findings: readonly FindingCode[],
  extra: readonly string[],
  questions: readonly Question[],
): string {
  const parts: string[] = [];
  if (findings.length > 0) parts.push(`You said yes to: ${findings.map((f) => labelOf(f, questions)).join('; ')}.`);
  if (extra.length > 0) parts.push(`Based on ${extra.join(' and ')}.`);
  return parts.join(' ');
}

const unsureNext = (ifYes: 'emergency' | 'urgent' | 'see_doctor' | 'self_care'): string =>
  fill(REASON_TEXT.unsureNext, {
    action: ifYes === 'emergency' ? CALL_NOW_SIGNS.ifYes.emergency : CALL_NOW_SIGNS.ifYes.urgent,
    callNow: CALL_NOW_SIGNS.sentence,
  });

export function explainTriage(triage: Triage, knowledge: ExplainKnowledge, safety: Facts): Reason[] {
  const { questions } = knowledge;
  const reasons: Reason[] = [];
  const unsureYes = new Set(triage.unsureAsYes);
  const fired = [...triage.base.fired].sort((a, b) => rankOf(b.rule.level) - rankOf(a.rule.level));
  for (const f of fired) {
    const sure = f.findings.filter((c) => !unsureYes.has(c));
    const unsure = f.findings.filter((c) => unsureYes.has(c));
    const extra = [
      ...new Set(
        matchedConditions(f.rule.when, triage.base.facts).map((e) =>
          describeCondition(e, triage.base.facts, questions),
        ),
      ),
    ];
    const head = answersPhrase(sure, extra, questions);
    const unsureNote =
      unsure.length > 0
        ? ` You were not sure about: ${unsure.map((c) => labelOf(c, questions)).join('; ')}. ${REASON_TEXT.unsureCaudaEquina}`
        : '';
    reasons.push({
      text: `${head}${unsureNote} ${f.rule.reason}`.trim(),
      findings: f.findings,
      sources: f.rule.sources,
      level: f.rule.level,
      rule: f.rule.id,
    });
  }
  const helpOf = (code: FindingCode): string => {
    const question = questions.find((q) => q.kind === 'finding' && q.code === code);
    return question?.help ?? '';
  };
  for (const effect of triage.unsureEffects) {
    const label = labelOf(effect.code, questions);
    if (effect.contributes) {
      // The rules that raise B when this code alone is yes involve the code.
      const involved = effect.ifYes.fired.filter((f) => f.findings.includes(effect.code));
      const sources = [...new Set(involved.flatMap((f) => f.rule.sources))];
      const head = fill(REASON_TEXT.unsureAlone, {
        label,
        need: DISPOSITION_TEXT[effect.ifYes.level].need,
        plan: DISPOSITION_TEXT[effect.contributes].need,
      });
      reasons.push({
        text: `${head} ${helpOf(effect.code)} ${unsureNext(effect.ifYes.level)}`.replace(/\s+/g, ' '),
        findings: [effect.code],
        sources,
        level: effect.contributes,
      });
    } else if (!raisesTogether(triage, effect.code)) {
      reasons.push({
        text: `You were not sure about: ${label}. ${REASON_TEXT.unsureNoChange}`,
        findings: [effect.code],
        sources: REASON_TEXT.sources,
        level: null,
      });
    }
  }
  const together = togetherReason(triage, questions);
  if (together) reasons.push(together);
  if (triage.disposition === 'self_care') {
    reasons.unshift({
      text: REASON_TEXT.selfCare.text,
      findings: [],
      sources: REASON_TEXT.selfCare.sources,
      level: 'self_care',
    });
  }
  for (const net of knowledge.safetyNets) {
    if (!net.atDispositions.includes(triage.disposition) || !isTrue(net.when, safety)) continue;
    reasons.push({ text: net.text, findings: [], sources: net.sources, level: null, rule: net.id });
  }
  return reasons;
}

/** The unsure codes taking part in the rules that make W more urgent than B. */
function togetherCodes(triage: Triage): FindingCode[] {
  const unsure = new Set(triage.unsureEffects.map((e) => e.code));
  const above = triage.worst.fired.filter((f) => rankOf(f.rule.level) > rankOf(triage.base.level));
  return [...new Set(above.flatMap((f) => f.findings.filter((c) => unsure.has(c))))];
}

function raisesTogether(triage: Triage, code: FindingCode): boolean {
  return triage.worstContributes !== null && togetherCodes(triage).includes(code);
}

/**
 * Contract §4 (v2): where only the combination of unsure answers raises the advice (W is more
 * urgent than any one of them alone would make it), one reason names them together.
 */
function togetherReason(triage: Triage, questions: readonly Question[]): Reason | null {
  const contributes = triage.worstContributes;
  if (!contributes) return null;
  const single = triage.unsureEffects.map((e) => rankOf(e.ifYes.level));
  if (single.some((rank) => rank >= rankOf(triage.worst.level))) return null;
  const codes = togetherCodes(triage);
  const involved = triage.worst.fired.filter((f) => f.findings.some((c) => codes.includes(c)));
  const head = fill(REASON_TEXT.unsureTogether, {
    labels: codes.map((c) => labelOf(c, questions)).join('; '),
    need: DISPOSITION_TEXT[triage.worst.level].need,
    plan: DISPOSITION_TEXT[contributes].need,
  });
  return {
    text: `${head} ${unsureNext(triage.worst.level)}`,
    findings: codes,
    sources: [...new Set(involved.flatMap((f) => f.rule.sources))],
    level: contributes,
  };
}
