import { DISPOSITIONS, type Disposition } from '#knowledge';

/** 0 = self_care … 3 = emergency. */
export const rankOf = (d: Disposition): number => DISPOSITIONS.indexOf(d);

export const mostUrgent = (levels: Iterable<Disposition>): Disposition => {
  let best: Disposition = 'self_care';
  for (const level of levels) if (rankOf(level) > rankOf(best)) best = level;
  return best;
};
