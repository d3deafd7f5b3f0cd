// Who is signed in, shared by every component that asks: one GET /api/auth/get-session on first
// use, then only when someone calls refresh() (after signing in or out) or the device comes back
// online. While offline the last known user is kept, so a signed-in person is not shown as
// signed out just because the network dropped.
import { useEffect, useSyncExternalStore } from 'react';
import type { SessionAnswer } from '#contract';
import { api, type SessionUser } from '../api-client.ts';

export type SessionState = {
  /** The signed-in user, or null when nobody is (or it is not known yet). */
  readonly user: SessionUser | null;
  /** True until the first answer from the server (or the first failure) arrives. */
  readonly loading: boolean;
  /** True when the last check could not reach the server. */
  readonly offline: boolean;
};

let state: SessionState = { user: null, loading: true, offline: false };
let started = false;
let inflight: Promise<SessionUser | null> | null = null;
const listeners = new Set<() => void>();

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Asks the server who is signed in and tells every useSession() caller. */
export function refreshSession(): Promise<SessionUser | null> {
  started = true;
  inflight ??= api
    .get<SessionAnswer>('/api/auth/get-session')
    .then((result) => {
      if (result.ok) publish({ user: result.data?.user ?? null, loading: false, offline: false });
      // Offline or a server problem: keep what we knew (nobody, on a first load).
      else publish({ user: state.user, loading: false, offline: result.offline });
      return state.user;
    })
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

/** Sets the signed-in user directly (e.g. to null right after signing out or deleting the account). */
export function setSessionUser(user: SessionUser | null): void {
  publish({ user, loading: false, offline: false });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('online', onOnline);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('online', onOnline);
  };
}

function onOnline(): void {
  void refreshSession();
}

const snapshot = (): SessionState => state;

/** The signed-in user ({user, loading, offline}) and a refresh() that asks the server again. */
export function useSession(): SessionState & { refresh: () => Promise<SessionUser | null> } {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(() => {
    if (!started) void refreshSession();
  }, []);
  return { ...current, refresh: refreshSession };
}
