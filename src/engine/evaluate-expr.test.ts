import { describe, expect, it } from 'vitest';
import type { Expr } from '#knowledge';
import { findingsIn, isTrue, matchedConditions, matchedFindings } from './evaluate-expr.ts';
import { factsFrom } from './facts.ts';

const facts = factsFrom({ age: 40, onsetDaysAgo: 10, painNow: 6, sex: 'male', findings: ['fever', 'chest_pain'] });

describe('rule expressions', () => {
  it.each([
    [{ fact: 'age', op: 'lt', value: 41 }, true],
    [{ fact: 'age', op: 'lte', value: 40 }, true],
    [{ fact: 'age', op: 'gt', value: 40 }, false],
    [{ fact: 'age', op: 'gte', value: 40 }, true],
    [{ fact: 'previousEpisodes', op: 'gte', value: 0 }, false],
    [{ absent: 'getting_better' }, true],
    [{ notMale: true }, false],
    [{ atLeast: 2, of: [{ finding: 'fever' }, { finding: 'chest_pain' }, { finding: 'dark_urine' }] }, true],
    [{ atLeast: 3, of: [{ finding: 'fever' }, { finding: 'chest_pain' }, { finding: 'dark_urine' }] }, false],
  ] as [Expr, boolean][])('%j is %s', (expr, expected) => {
    expect(isTrue(expr, facts)).toBe(expected);
  });

  it('throws on an expression form it does not know', () => {
    expect(() => isTrue({ maybe: true } as unknown as Expr, facts)).toThrow(/Unknown rule expression/);
  });

  it('collects every true finding, and only true ones', () => {
    const expr: Expr = {
      any: [
        { finding: 'fever' },
        { all: [{ finding: 'chest_pain' }, { finding: 'dark_urine' }] },
        { atLeast: 1, of: [{ finding: 'chest_pain' }] },
      ],
    };
    expect(matchedFindings(expr, facts).sort()).toEqual(['chest_pain', 'fever']);
    expect(matchedFindings({ finding: 'dark_urine' }, facts)).toEqual([]);
  });

  it('lists the findings an expression mentions and the conditions that held', () => {
    const expr: Expr = {
      all: [
        { atLeast: 1, of: [{ finding: 'fever' }] },
        { any: [{ absent: 'getting_better' }] },
        { fact: 'painNow', op: 'gte', value: 5 },
        { notMale: true },
      ],
    };
    expect(findingsIn(expr)).toEqual(['fever', 'getting_better']);
    expect(
      matchedConditions(
        { all: [{ atLeast: 1, of: [{ fact: 'age', op: 'gt', value: 1 }] }, { absent: 'dark_urine' }] },
        facts,
      ),
    ).toHaveLength(2);
  });
});
