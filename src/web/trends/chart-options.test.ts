import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { timeScale } from './chart-options.ts';

const DAY = 86_400;
const today = Date.UTC(2026, 11, 3, 9, 30) / 1000;
const range = (pad: number, xs: number[], min: number, max: number) => {
  const fn = timeScale(pad).range as (u: uPlot, min: number, max: number, key: string) => uPlot.Range.MinMax;
  return fn({ data: [xs, xs.map(() => 5)] } as unknown as uPlot, min, max, 'x');
};

describe('timeScale', () => {
  it('centres a single point in the days around it, whatever span uPlot hands in', () => {
    // uPlot widens one point's range to min + 86400 / ms: 86.4 million seconds with seconds.
    expect(range(DAY, [today], today, today + 86_400_000)).toEqual([today - DAY, today + DAY]);
    expect(range(3.5 * DAY, [today], today, today)).toEqual([today - 3.5 * DAY, today + 3.5 * DAY]);
    expect(range(DAY, [today, today], today, today + 86_400_000)).toEqual([today - DAY, today + DAY]);
  });

  it('pads a span of several points on both sides', () => {
    expect(range(DAY, [today - 5 * DAY, today], today - 5 * DAY, today)).toEqual([today - 6 * DAY, today + DAY]);
  });
});
