import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ChartColors, chartColors } from './chart-options.ts';
import type { Table } from './series.ts';

const MIN_WIDTH = 240;

/**
 * A uPlot chart that follows its container's width. Hidden from assistive technology: every
 * chart comes with a sentence and a data table that say the same.
 */
export function UPlotChart({
  options,
  data,
}: {
  options: (width: number, colors: ChartColors) => uPlot.Options;
  data: Table;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = () => Math.max(MIN_WIDTH, Math.floor(el.clientWidth));
    const plot = new uPlot(options(width(), chartColors()), data, el);
    const observer = new ResizeObserver(() => {
      if (width() !== plot.width) plot.setSize({ width: width(), height: plot.height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [options, data]);
  return <div ref={box} className="chart" aria-hidden="true" />;
}
