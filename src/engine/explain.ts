// Plain-language reasons: which answers led to the disposition, and their sources.
import type { Disposition, FindingCode, Knowledge, NumericFact, Question } from '#knowledge';
import { type HeldCondition, matchedConditions } from './evaluate-expr.ts';
import type { Facts } from './facts.ts';
import { rankOf } from './rank.ts';
import type { Triage } from './triage/decide-disposition.ts';
import type { Reason } from './types.ts';

type ExplainKnowledge = Pick<Knowledge, 'questions'>;

const LEVEL_PHRASE: Record<Disposition, string> = {
  emergency: 'emergency care now',
  urgent: 'a same-day check by a clinician',
  see_doctor: 'a doctor’s appointment within days',
  self_care: 'self-care at home',
};

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

export function explainTriage(triage: Triage, knowledge: ExplainKnowledge): Reason[] {
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
        ? ` You were not sure about: ${unsure.map((c) => labelOf(c, questions)).join('; ')}. Because you cannot be sure, you need to be checked now: a missed problem here can cause permanent harm.`
        : '';
    reasons.push({
      text: `${head}${unsureNote} ${f.rule.reason}`.trim(),
      findings: f.findings,
      sources: f.rule.sources,
      level: f.rule.level,
      rule: f.rule.id,
    });
  }
  for (const effect of triage.unsureEffects) {
    const label = labelOf(effect.code, questions);
    const question = questions.find((q) => q.kind === 'finding' && q.code === effect.code);
    if (effect.contributes) {
      // W differs from the base only by this code, so the rules that raise it involve the code.
      const involved = effect.ifYes.fired.filter((f) => f.findings.includes(effect.code));
      const sources = [...new Set(involved.flatMap((f) => f.rule.sources))];
      reasons.push({
        text: `You were not sure about: ${label}. If the answer is yes, you would need ${LEVEL_PHRASE[effect.ifYes.level]}, so until you know, plan on ${LEVEL_PHRASE[effect.contributes]}. ${question?.help ?? ''} If you find the answer is yes, ${effect.ifYes.level === 'emergency' ? 'call the emergency number or go to the emergency department now' : 'get same-day advice'}; and go straight to emergency care if you notice numbness between your legs, new bladder or bowel problems, chest pain or collapse.`.replace(
          /\s+/g,
          ' ',
        ),
        findings: [effect.code],
        sources,
        level: effect.contributes,
      });
    } else {
      reasons.push({
        text: `You were not sure about: ${label}. On its own that does not change the advice, but answer it when you can, and check again if anything changes.`,
        findings: [effect.code],
        sources: ['unknot-clinical-reference'],
        level: null,
      });
    }
  }
  if (triage.disposition === 'self_care') {
    reasons.unshift({
      text: 'None of your answers point to a serious cause, so you can look after this at home. Most back spasms ease a lot within weeks; the plan below helps, and the check-in questions tell you when to get help.',
      findings: [],
      sources: ['nice-ng59', 'lancet-2018-what-is-lbp', 'henschke-2009-red-flags'],
      level: 'self_care',
    });
  }
  return reasons;
}
