// Small, exact-as-possible statistics for the diary: means, medians, Student-t 95 % intervals
// and a least-squares line. Every sum runs over sorted values, so a result never depends on the
// order its inputs came in (floating-point addition is not associative).

/** Two-sided 95 % quantiles of Student's t (0.975), df 1–30 (to 9 decimals). */
const T975 = [
  12.706204736, 4.30265273, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135, 2.262157163,
  2.228138852, 2.20098516, 2.17881283, 2.160368656, 2.144786688, 2.131449546, 2.119905299, 2.109815578, 2.10092204,
  2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.06865761, 2.063898562, 2.059538553, 2.055529439, 2.051830516,
  2.048407142, 2.045229642, 2.042272456,
] as const;
const Z975 = 1.959963984540054;

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom (df ≥ 1): a table to 30, then
 * the Cornish–Fisher expansion, whose error above 30 is below 1e-7.
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`degrees of freedom must be at least 1, not ${df}`);
  const tabled = T975[Math.floor(df) - 1];
  if (tabled !== undefined) return tabled;
  const z = Z975;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

const ascending = (a: number, b: number) => a - b;

/**
 * Sum in ascending order, so the result is order-independent to the last bit. Whole numbers
 * (scores, minutes) add exactly in any order, so they are not sorted.
 */
export function sum(values: readonly number[]): number {
  let total = 0;
  let whole = true;
  for (const v of values) {
    total += v;
    if (whole && !Number.isInteger(v)) whole = false;
  }
  if (whole && Number.isSafeInteger(total)) return total;
  total = 0;
  for (const v of [...values].sort(ascending)) total += v;
  return total;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : sum(values) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(ascending);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] as number;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] as number) + hi) / 2;
}

/** A 95 % interval, [low, high]. */
export type Interval = readonly [number, number];

export type MeanEstimate = {
  readonly n: number;
  readonly mean: number;
  /** The t-based 95 % interval of the mean; null below two values. */
  readonly interval: Interval | null;
};

/**
 * The mean with its 95 % interval (mean ± t(0.975, n−1)·s/√n), clipped to [min, max] when given
 * (a score cannot leave its scale). Null for no values.
 */
export function meanWithInterval(
  values: readonly number[],
  bounds?: { readonly min: number; readonly max: number },
): MeanEstimate | null {
  const m = mean(values);
  if (m === null) return null;
  const n = values.length;
  if (n < 2) return { n, mean: m, interval: null };
  const sd = Math.sqrt(sum(values.map((v) => (v - m) ** 2)) / (n - 1));
  const half = tQuantile975(n - 1) * (sd / Math.sqrt(n));
  const low = bounds ? Math.max(bounds.min, m - half) : m - half;
  const high = bounds ? Math.min(bounds.max, m + half) : m + half;
  return { n, mean: m, interval: [low, high] };
}

export type LinearTrend = {
  readonly n: number;
  /** Change in y per unit of x. */
  readonly slope: number;
  readonly intercept: number;
  /** The t-based 95 % interval of the slope (df n−2); null below three points. */
  readonly interval: Interval | null;
};

/**
 * Ordinary least squares of y on x. Null when there are fewer than two points or every x is the
 * same (no line can be fitted).
 */
export function linearTrend(points: readonly { readonly x: number; readonly y: number }[]): LinearTrend | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = sum(points.map((p) => p.x)) / n;
  const my = sum(points.map((p) => p.y)) / n;
  const sxx = sum(points.map((p) => (p.x - mx) ** 2));
  if (sxx === 0) return null;
  const slope = sum(points.map((p) => (p.x - mx) * (p.y - my))) / sxx;
  const intercept = my - slope * mx;
  if (n < 3) return { n, slope, intercept, interval: null };
  const residuals = sum(points.map((p) => (p.y - intercept - slope * p.x) ** 2));
  const half = tQuantile975(n - 2) * Math.sqrt(residuals / (n - 2) / sxx);
  return { n, slope, intercept, interval: [slope - half, slope + half] };
}
