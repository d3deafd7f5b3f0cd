// Evaluates the knowledge base's rule expressions (src/knowledge/schema.ts `Expr`) over facts.
import type { Comparison, Expr, FindingCode } from '#knowledge';
import type { Facts } from './facts.ts';

function compare(left: number, op: Comparison, right: number): boolean {
  switch (op) {
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
  }
}

export function isTrue(expr: Expr, facts: Facts): boolean {
  if ('finding' in expr) return facts.findings.has(expr.finding);
  if ('absent' in expr) return !facts.findings.has(expr.absent);
  if ('any' in expr) return expr.any.some((e) => isTrue(e, facts));
  if ('all' in expr) return expr.all.every((e) => isTrue(e, facts));
  if ('atLeast' in expr) return expr.of.filter((e) => isTrue(e, facts)).length >= expr.atLeast;
  if ('fact' in expr) {
    const value = facts.numbers[expr.fact];
    return value !== undefined && compare(value, expr.op, expr.value);
  }
  if ('notMale' in expr) return facts.sex !== 'male';
  return unknownExpr(expr);
}

/** A form the engine does not know is a programming error in the knowledge base. */
function unknownExpr(expr: never): never {
  throw new Error(`Unknown rule expression ${JSON.stringify(expr)}`);
}

/** The present findings that make `expr` true (every true branch, not just the first). */
export function matchedFindings(expr: Expr, facts: Facts): FindingCode[] {
  const out = new Set<FindingCode>();
  const visit = (e: Expr): void => {
    if (!isTrue(e, facts)) return;
    if ('finding' in e) out.add(e.finding);
    else if ('any' in e) e.any.forEach(visit);
    else if ('all' in e) e.all.forEach(visit);
    else if ('atLeast' in e) e.of.forEach(visit);
  };
  visit(expr);
  return [...out];
}

/** Every finding code an expression mentions, true or not. */
export function findingsIn(expr: Expr): FindingCode[] {
  if ('finding' in expr) return [expr.finding];
  if ('absent' in expr) return [expr.absent];
  if ('any' in expr) return expr.any.flatMap(findingsIn);
  if ('all' in expr) return expr.all.flatMap(findingsIn);
  if ('atLeast' in expr) return expr.of.flatMap(findingsIn);
  return [];
}

/** A number comparison or an absence. */
export type HeldCondition = Extract<Expr, { fact: unknown }> | Extract<Expr, { absent: unknown }>;

/** The number comparisons and absences that an expression's true branches depend on. */
export function matchedConditions(expr: Expr, facts: Facts): HeldCondition[] {
  const out: HeldCondition[] = [];
  const visit = (e: Expr): void => {
    if (!isTrue(e, facts)) return;
    if ('fact' in e || 'absent' in e) out.push(e);
    else if ('any' in e) e.any.forEach(visit);
    else if ('all' in e) e.all.forEach(visit);
    else if ('atLeast' in e) e.of.forEach(visit);
  };
  visit(expr);
  return out;
}
