// Loads ./references.ts once, on first use, and hands it to every component that asks.
import { useEffect, useState } from 'react';

export type References = typeof import('./references.ts');
type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly refs: References }
  | { readonly status: 'failed' };

let loaded: Loaded = { status: 'loading' };
let loading: Promise<Loaded> | null = null;

/** Starts loading the references (e.g. while the person reads), without waiting for them. */
export function preloadReferences(): Promise<Loaded> {
  loading ??= import('./references.ts').then(
    (refs): Loaded => {
      loaded = { status: 'ready', refs };
      return loaded;
    },
    (): Loaded => {
      loading = null; // let a later attempt try again (e.g. back online)
      loaded = { status: 'failed' };
      return loaded;
    },
  );
  return loading;
}

export function useReferences(): Loaded {
  const [state, setState] = useState<Loaded>(loaded);
  useEffect(() => {
    if (state.status === 'ready') return;
    let live = true;
    void preloadReferences().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [state.status]);
  return state;
}
