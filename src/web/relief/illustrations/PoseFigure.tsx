import type { ReactNode } from 'react';

/**
 * One drawn position: a line drawing (stroked in the text colour, so it follows dark mode) with a
 * name for screen readers and a short visible caption. Parts drawn with className "far" are the
 * limbs further from the viewer, "moving" the part that moves (in colour, in both poses), "ghost"
 * where that part started (dashed, in the second pose), "arrow" the movement, "floor" and "prop"
 * the surroundings.
 */
export function PoseFigure({
  label,
  caption,
  viewBox = '0 0 200 120',
  children,
}: {
  label: string;
  caption: string;
  /** The part of the 200 × 120 drawing area to show (crop the empty sky above a lying figure). */
  viewBox?: string;
  children: ReactNode;
}) {
  return (
    <figure className="relief-pose">
      <svg viewBox={viewBox} role="img" aria-label={label} focusable="false">
        <title>{label}</title>
        <g fill="none" stroke="currentColor" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round">
          {children}
        </g>
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
