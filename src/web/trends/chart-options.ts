// uPlot options for the three charts. Series differ by shape as well as colour: check-ins are a
// line with filled dots, spasms are hollow rings, weeks are bars.
import uPlot from 'uplot';

export type ChartColors = { fg: string; line: string; bg: string; first: string; second: string };

const DAY = 86_400;

/** Colours from the page's CSS variables, so dark mode carries over. */
export function chartColors(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    fg: v('--fg', '#14202b'),
    line: v('--line', '#c5cfd9'),
    bg: v('--bg', '#ffffff'),
    first: v('--accent', '#1e4f8a'),
    second: v('--urgent-line', '#8a5200'),
  };
}

const axis = (c: ChartColors, label?: string): uPlot.Axis => ({
  stroke: c.fg,
  grid: { stroke: c.line, width: 1 },
  ticks: { stroke: c.line, width: 1 },
  font: '13px system-ui, sans-serif',
  labelFont: '13px system-ui, sans-serif',
  ...(label ? { label, labelSize: 22 } : {}),
});

/**
 * Time x-axis, padded so single points and bars at the edges are not clipped. A single point is
 * centred in two days (more for a wide pad) around it: uPlot itself widens a one-point time
 * range to `min + 86400 / ms` (86.4 million seconds, nearly three years, with seconds as the
 * unit) before calling `range`, so the span is read from the data, not from `min` and `max`.
 */
export const timeScale = (pad: number): uPlot.Scale => ({
  time: true,
  range: (u, min, max) => {
    const xs = u.data[0] ?? [];
    const only = xs[0];
    if (typeof only === 'number' && xs.every((x) => x === only)) {
      return [only - Math.max(pad, DAY), only + Math.max(pad, DAY)];
    }
    return min === max ? [min - Math.max(pad, DAY), max + Math.max(pad, DAY)] : [min - pad, max + pad];
  },
});

export function painOptions(width: number, c: ChartColors): uPlot.Options {
  return {
    width,
    height: 240,
    scales: { x: timeScale(DAY), y: { range: [0, 10] } },
    series: [
      {},
      {
        label: 'Check-in: average pain',
        stroke: c.first,
        width: 2,
        spanGaps: true,
        points: { show: true, size: 8, fill: c.first },
      },
      {
        label: 'Spasm: intensity (rings)',
        stroke: c.second,
        width: 0,
        paths: () => null,
        points: { show: true, size: 11, width: 2, fill: c.bg },
      },
    ],
    axes: [axis(c), { ...axis(c, 'pain (0–10)'), incrs: [1, 2, 5] }],
    legend: { live: false },
  };
}

export function weeklyOptions(width: number, c: ChartColors): uPlot.Options {
  const bars = uPlot.paths.bars?.({ size: [0.7, 48] });
  return {
    width,
    height: 220,
    scales: {
      x: timeScale(3.5 * DAY),
      y: { range: (_u, _min, max) => [0, Math.max(3, Math.ceil(max))] },
    },
    series: [
      {},
      {
        label: 'Spasms that week',
        stroke: c.first,
        fill: c.first,
        width: 1,
        ...(bars ? { paths: bars } : {}),
        points: { show: false },
      },
    ],
    axes: [axis(c), { ...axis(c, 'spasms'), incrs: [1, 2, 5, 10, 20, 50] }],
    legend: { live: false },
  };
}

export function reliefOptions(width: number, c: ChartColors): uPlot.Options {
  return {
    width,
    height: 220,
    scales: { x: timeScale(DAY), y: { range: (_u, _min, max) => [0, Math.max(10, max * 1.1)] } },
    series: [
      {},
      {
        label: 'Minutes to relief',
        stroke: c.first,
        width: 0,
        paths: () => null,
        points: { show: true, size: 9, fill: c.first },
      },
    ],
    axes: [axis(c), axis(c, 'minutes')],
    legend: { live: false },
  };
}

export function weeklyPainOptions(width: number, c: ChartColors): uPlot.Options {
  return {
    width,
    height: 220,
    scales: { x: timeScale(3.5 * DAY), y: { range: [0, 10] } },
    series: [
      {},
      {
        label: 'Weekly average pain',
        stroke: c.first,
        width: 2,
        spanGaps: true,
        points: { show: true, size: 8, fill: c.first },
      },
      { label: 'Trend (dashed)', stroke: c.second, width: 2, dash: [6, 4], points: { show: false } },
    ],
    axes: [axis(c), { ...axis(c, 'pain (0–10)'), incrs: [1, 2, 5] }],
    legend: { live: false },
  };
}

export function pegOptions(width: number, c: ChartColors): uPlot.Options {
  return {
    width,
    height: 220,
    scales: { x: timeScale(DAY), y: { range: [0, 10] } },
    series: [
      {},
      {
        label: 'Weekly score (0–10)',
        stroke: c.first,
        width: 2,
        points: { show: true, size: 8, fill: c.first },
      },
    ],
    axes: [axis(c), { ...axis(c, 'score (0–10)'), incrs: [1, 2, 5] }],
    legend: { live: false },
  };
}
