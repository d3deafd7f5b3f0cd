// Who was last signed in on this device, so the diary can still take a spasm log or a check-in
// while offline (they wait in the outbox, tagged with this id). Only the id is kept.
export const DIARY_SESSION_VERSION = 1;
const KEY = 'unknot.diary.session';

export type RememberedUser = { schemaVersion: 1; userId: string; name: string };

export function restoreRememberedUser(raw: unknown): RememberedUser | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r: Record<string, unknown> = { ...raw };
  if (r.schemaVersion !== 1 || typeof r.userId !== 'string' || r.userId === '') return null;
  return { schemaVersion: 1, userId: r.userId, name: typeof r.name === 'string' ? r.name.slice(0, 200) : '' };
}

export function rememberedUser(): RememberedUser | null {
  try {
    const text = localStorage.getItem(KEY);
    return restoreRememberedUser(text ? JSON.parse(text) : null);
  } catch {
    return null;
  }
}

/** Remember (or, with null, forget: signed out) the signed-in person. */
export function rememberUser(user: { id: string; name: string } | null): void {
  try {
    if (user) localStorage.setItem(KEY, JSON.stringify({ schemaVersion: 1, userId: user.id, name: user.name }));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: offline logging is simply not offered.
  }
}
