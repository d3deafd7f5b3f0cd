import { useSyncExternalStore } from 'react';
import type { Region } from '#knowledge';
import { regionById, regionNow, subscribeRegion } from './region.ts';

/** The person's region (chosen or guessed), or null when it is unknown. */
export function useRegion(): Region | null {
  const id = useSyncExternalStore(subscribeRegion, regionNow, () => null);
  return regionById(id);
}
