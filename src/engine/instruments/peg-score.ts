// PEG score (Krebs 2009): the mean of its three 0–10 items.
import { PEG, type PegInstrument } from '#knowledge';

export type PegItems = { readonly pain: number; readonly enjoyment: number; readonly activity: number };

/** The PEG score, 0–10, rounded to two decimals (the mean of three whole numbers). */
export function pegScore(answers: PegItems, instrument: PegInstrument = PEG): number {
  const total = instrument.items.reduce((sum, item) => sum + answers[item.key], 0);
  return Math.round((total / instrument.items.length) * 100) / 100;
}
