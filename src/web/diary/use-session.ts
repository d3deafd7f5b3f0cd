// Is someone signed in? The diary needs an account. Offline, the person last signed in on this
// device may still log entries: they wait in the outbox until the connection is back.
import { useEffect, useState } from 'react';
import type { SessionAnswer } from '#contract';
import { api } from '../api-client.ts';
import { rememberedUser, rememberUser } from '../storage/diary-session.ts';

export type DiarySession =
  | { status: 'loading' }
  | { status: 'signed-out'; offline: boolean }
  | { status: 'signed-in'; userId: string; name: string; offline: boolean };

/** Asks /api/auth/get-session (what currentUser() does) but keeps "offline" apart from "signed out". */
export async function readSession(): Promise<DiarySession> {
  const r = await api.get<SessionAnswer>('/api/auth/get-session');
  if (r.ok) {
    const user = r.data?.user ?? null;
    rememberUser(user);
    return user ? { status: 'signed-in', userId: user.id, name: user.name, offline: false } : signedOut(false);
  }
  const known = r.offline ? rememberedUser() : null;
  return known ? { status: 'signed-in', userId: known.userId, name: known.name, offline: true } : signedOut(r.offline);
}

const signedOut = (offline: boolean): DiarySession => ({ status: 'signed-out', offline });

export function useSession(): DiarySession {
  const [session, setSession] = useState<DiarySession>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const check = () => {
      void readSession().then((s) => {
        if (live) setSession(s);
      });
    };
    check();
    window.addEventListener('online', check);
    return () => {
      live = false;
      window.removeEventListener('online', check);
    };
  }, []);
  return session;
}
