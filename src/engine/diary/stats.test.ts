import { describe, expect, it } from 'vitest';
import { linearTrend, mean, meanWithInterval, median, sum, tQuantile975 } from './stats.ts';

describe('Student t quantiles (0.975)', () => {
  it('matches published values in the table and across the switch to the expansion', () => {
    expect(tQuantile975(1)).toBeCloseTo(12.7062, 4);
    expect(tQuantile975(2)).toBeCloseTo(4.3027, 4);
    expect(tQuantile975(30)).toBeCloseTo(2.04227, 5);
    // scipy.stats.t.ppf(0.975, df)
    expect(tQuantile975(31)).toBeCloseTo(2.0395134, 6);
    expect(tQuantile975(40)).toBeCloseTo(2.0210754, 6);
    expect(tQuantile975(120)).toBeCloseTo(1.9799304, 6);
    expect(tQuantile975(1e9)).toBeCloseTo(1.959964, 6);
    expect(tQuantile975(2.5)).toBe(tQuantile975(2));
  });

  it('refuses fewer than one degree of freedom (a programmer error)', () => {
    expect(() => tQuantile975(0)).toThrow(RangeError);
    expect(() => tQuantile975(Number.NaN)).toThrow(RangeError);
  });
});

describe('means and medians', () => {
  it('sums in ascending order, whatever the input order', () => {
    const xs = [0.1, 1e16, 0.2, -1e16, 0.3];
    expect(sum(xs)).toBe(sum([...xs].reverse()));
    expect(sum([])).toBe(0);
    expect(sum([1, 2, 3])).toBe(6);
    // Whole numbers beyond 2^53 lose precision: they are summed in order like fractions.
    const big = [2 ** 53, 1, 1];
    expect(sum(big)).toBe(sum([...big].reverse()));
  });

  it('gives null for nothing', () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(meanWithInterval([])).toBeNull();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives a t interval of the mean from two values on, clipped to the scale', () => {
    expect(meanWithInterval([2])).toEqual({ n: 1, mean: 2, interval: null });
    // mean 2, s = 1, n = 3: 2 ± 4.302653 / √3
    const e = meanWithInterval([1, 2, 3]);
    expect(e?.mean).toBe(2);
    expect(e?.interval?.[0]).toBeCloseTo(2 - 4.30265273 / Math.sqrt(3), 9);
    expect(e?.interval?.[1]).toBeCloseTo(2 + 4.30265273 / Math.sqrt(3), 9);
    expect(meanWithInterval([1, 2, 3], { min: 0, max: 3 })?.interval).toEqual([0, 3]);
    expect(meanWithInterval([3, 3, 3], { min: 0, max: 3 })?.interval).toEqual([3, 3]);
  });
});

describe('least-squares line', () => {
  it('needs two points with different x', () => {
    expect(linearTrend([])).toBeNull();
    expect(linearTrend([{ x: 0, y: 1 }])).toBeNull();
    expect(
      linearTrend([
        { x: 1, y: 1 },
        { x: 1, y: 5 },
      ]),
    ).toBeNull();
  });

  it('fits two points exactly, without an interval', () => {
    expect(
      linearTrend([
        { x: 0, y: 1 },
        { x: 2, y: 5 },
      ]),
    ).toEqual({ n: 2, slope: 2, intercept: 1, interval: null });
  });

  it('gives the slope and its 95 % interval (df n − 2), checked against scipy.stats.linregress', () => {
    // x 0..4, y 5, 4, 4, 2, 1: slope −1, intercept 5.2, stderr 0.16329931618554544
    const fit = linearTrend([5, 4, 4, 2, 1].map((y, x) => ({ x, y })));
    expect(fit?.slope).toBeCloseTo(-1, 12);
    expect(fit?.intercept).toBeCloseTo(5.2, 12);
    const half = 3.182446305 * 0.16329931618554544;
    expect(fit?.interval?.[0]).toBeCloseTo(-1 - half, 9);
    expect(fit?.interval?.[1]).toBeCloseTo(-1 + half, 9);
    const flat = linearTrend([3, 3, 3].map((y, x) => ({ x, y })));
    expect(flat?.interval).toEqual([0, 0]);
  });
});
