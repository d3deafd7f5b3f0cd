// A minimal router over the History API: the app has a handful of top-level pages, so a path
// and a navigate() are all it needs.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

/** `from`: the page this one was opened from, kept in the history entry (see cameFrom). */
export function navigate(path: string, options: { replace?: boolean; from?: string } = {}): void {
  if (path === location.pathname + location.search) return;
  const state = options.from ? { from: options.from } : null;
  if (options.replace) history.replaceState(state, '', path);
  else history.pushState(state, '', path);
  window.scrollTo(0, 0);
  notify();
}

/** The page the current history entry was opened from, when the app recorded it. */
export function cameFrom(): string | null {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string'
    ? state.from
    : null;
}

export function usePath(): string {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => location.pathname,
  );
}
