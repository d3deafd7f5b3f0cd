// How long the episode has lasted, from a choice a person in pain can make (knowledge
// DURATION_CHOICES). The exact figure is needed only when a rule's day or age-at-onset threshold
// falls inside the chosen range; otherwise every day in it gives the same rules, and the longest
// is used (the follow-up dates come sooner, the safer side).
import type { DurationChoice, Expr, NumberQuestion, QuestionnaireKnowledge } from '#knowledge';

type Comparison = Extract<Expr, { fact: unknown }>;

function* comparisons(expr: Expr): Generator<Comparison> {
  if ('fact' in expr) yield expr;
  else if ('any' in expr) for (const e of expr.any) yield* comparisons(e);
  else if ('all' in expr) for (const e of expr.all) yield* comparisons(e);
  else if ('atLeast' in expr) for (const e of expr.of) yield* comparisons(e);
}

const DAYS_PER_YEAR = 365.25;

function holds(c: Comparison, value: number): boolean {
  if (c.op === 'lt') return value < c.value;
  if (c.op === 'lte') return value <= c.value;
  if (c.op === 'gt') return value > c.value;
  return value >= c.value;
}

/** Every comparison on the episode's length or the age it began, in rules and in what is asked. */
function durationComparisons(knowledge: QuestionnaireKnowledge): Comparison[] {
  const exprs: Expr[] = [
    ...knowledge.dispositionRules.map((r) => r.when),
    ...knowledge.safetyNets.map((n) => n.when),
    ...knowledge.questionGroups.flatMap((g) => (g.askWhen ? [g.askWhen] : [])),
    ...knowledge.questions.flatMap((q) => (q.kind === 'finding' && q.askWhen ? [q.askWhen] : [])),
  ];
  return exprs.flatMap((e) => [...comparisons(e)]).filter((c) => c.fact === 'onsetDaysAgo' || c.fact === 'ageAtOnset');
}

/** True when some threshold falls inside the choice's range (for a person of this age). */
export function needsExactDays(choice: DurationChoice, age: number, knowledge: QuestionnaireKnowledge): boolean {
  if (!choice.exact) return false;
  if (choice.exact.always) return true;
  const at = (days: number, c: Comparison) => holds(c, c.fact === 'onsetDaysAgo' ? days : age - days / DAYS_PER_YEAR);
  return durationComparisons(knowledge).some((c) => at(choice.min, c) !== at(choice.max, c));
}

/** The question for the exact figure, in the choice's own unit. */
export function exactQuestion(choice: DurationChoice): NumberQuestion | null {
  const exact = choice.exact;
  if (!exact) return null;
  return {
    kind: 'number',
    field: 'onsetExact',
    group: 'about',
    text: exact.text,
    help: exact.help,
    min: Math.floor(choice.min / exact.daysPerUnit),
    max: Math.ceil(choice.max / exact.daysPerUnit),
    required: true,
    unit: exact.unit,
    input: 'digits',
  };
}

/**
 * Days the episode has lasted: the exact figure (clamped to the choice) when given; when it is
 * needed but not yet given, the least alarming day of the range (a provisional reading, never
 * raised by a guess); otherwise the longest.
 */
export function onsetDays(
  choice: DurationChoice,
  exact: number | undefined,
  age: number,
  knowledge: QuestionnaireKnowledge,
): number {
  if (exact !== undefined && choice.exact) {
    const days = Math.round(exact * choice.exact.daysPerUnit);
    return Math.min(choice.max, Math.max(choice.min, days));
  }
  return needsExactDays(choice, age, knowledge) ? choice.min : choice.max;
}
