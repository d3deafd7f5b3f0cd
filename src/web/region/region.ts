// The person's region, for emergency numbers and care routes: guessed once from the browser's
// languages, kept in localStorage once chosen, changeable on any screen that shows a number.
import { REGIONS, type Region, type RegionId } from '#knowledge';

const KEY = 'unknot.region';
const listeners = new Set<() => void>();
/** The choice, when localStorage is blocked. */
let memory: RegionId | null = null;

const byId = (id: string | null): Region | undefined => REGIONS.find((r) => r.id === id);

/** The region a list of BCP 47 language tags suggests (their country subtags), or null. */
export function guessRegion(languages: readonly string[]): RegionId | null {
  for (const tag of languages) {
    let country: string | undefined;
    try {
      country = new Intl.Locale(tag).region;
    } catch {
      continue; // not a well-formed tag
    }
    if (!country) continue;
    const region = REGIONS.find((r) => r.countries.includes(country));
    return region ? region.id : 'other';
  }
  return null;
}

/** The chosen region, else the guess, else null (then every common number is shown). */
export function currentRegionId(): RegionId | null {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {
    // storage blocked: fall back to the guess
  }
  const chosen = byId(stored);
  if (chosen) return chosen.id;
  return typeof navigator === 'undefined' ? null : guessRegion(navigator.languages ?? [navigator.language]);
}

export function chooseRegion(id: RegionId): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // storage blocked: the choice lasts for this page only
    memory = id;
  }
  for (const l of listeners) l();
}

export function subscribeRegion(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function regionNow(): RegionId | null {
  return memory ?? currentRegionId();
}

export function regionById(id: RegionId | null): Region | null {
  return byId(id) ?? null;
}
