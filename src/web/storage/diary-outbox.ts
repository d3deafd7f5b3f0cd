// Diary entries saved on this device while offline, sent when the connection is back. Read
// through restoreOutbox (STYLE §4.7): entries that are not well-formed are dropped.
import { BODY_AREAS, FINDING_CODES, type FindingCode, PLAN_CODES, type PlanCode, TRIGGER_CODES } from '#knowledge';
import type { CheckinBody, EpisodeInput } from '../diary/types.ts';

export const DIARY_OUTBOX_VERSION = 1;
const KEY = 'unknot.diary.outbox';

export type OutboxItem =
  | { kind: 'episode'; localId: string; userId: string; queuedAt: string; body: EpisodeInput }
  | { kind: 'checkin'; localId: string; userId: string; queuedAt: string; body: CheckinBody };
export type Outbox = { schemaVersion: 1; items: OutboxItem[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInstant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10;
const codes = <T extends string>(v: unknown, allowed: readonly T[]): T[] =>
  Array.isArray(v) ? allowed.filter((code) => v.includes(code)) : [];
const nullableInt = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

function restoreEpisodeBody(b: Obj): EpisodeInput | null {
  if (!isInstant(b.startedAt) || typeof b.timeZone !== 'string' || !isScore(b.intensity)) return null;
  const reliefTried: { method: PlanCode; helped: number }[] = [];
  if (Array.isArray(b.reliefTried))
    for (const r of b.reliefTried) {
      const method = isObj(r) ? PLAN_CODES.find((c) => c === r.method) : undefined;
      if (isObj(r) && method && typeof r.helped === 'number' && [0, 1, 2, 3].includes(r.helped))
        reliefTried.push({ method, helped: r.helped });
    }
  const endedAt = isInstant(b.endedAt) ? b.endedAt : null;
  return {
    startedAt: b.startedAt,
    endedAt,
    durationMinutes: endedAt ? null : nullableInt(b.durationMinutes),
    timeZone: b.timeZone,
    intensity: b.intensity,
    locations: codes(b.locations, BODY_AREAS),
    triggers: codes(b.triggers, TRIGGER_CODES),
    reliefTried,
    notes: typeof b.notes === 'string' ? b.notes.slice(0, 2000) : '',
  };
}

function restoreCheckinBody(b: Obj): CheckinBody | null {
  const { date, timeZone, painAverage, interferenceActivity, interferenceSleep, gettingBetter } = b;
  if (
    typeof date !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    typeof timeZone !== 'string' ||
    !isScore(painAverage) ||
    !isScore(interferenceActivity) ||
    !isScore(interferenceSleep) ||
    typeof gettingBetter !== 'boolean'
  )
    return null;
  const findings = codes<FindingCode>(b.findings, FINDING_CODES);
  return {
    date,
    timeZone,
    painAverage,
    interferenceActivity,
    interferenceSleep,
    gettingBetter,
    findings,
    unsure: codes<FindingCode>(b.unsure, FINDING_CODES).filter((c) => !findings.includes(c)),
  };
}

/** The stored outbox, repaired: unknown versions and malformed entries are dropped. */
export function restoreOutbox(raw: unknown): Outbox {
  const items: OutboxItem[] = [];
  if (isObj(raw) && raw.schemaVersion === 1 && Array.isArray(raw.items))
    for (const item of raw.items) {
      if (!isObj(item) || typeof item.localId !== 'string' || typeof item.userId !== 'string' || !isObj(item.body))
        continue;
      const { localId, userId } = item;
      const queuedAt = isInstant(item.queuedAt) ? item.queuedAt : new Date(0).toISOString();
      if (item.kind === 'episode') {
        const body = restoreEpisodeBody(item.body);
        if (body) items.push({ kind: 'episode', localId, userId, queuedAt, body });
      } else if (item.kind === 'checkin') {
        const body = restoreCheckinBody(item.body);
        // One check-in per day: a later one for the same day replaces the earlier.
        if (body) {
          const i = items.findIndex((x) => x.kind === 'checkin' && x.userId === userId && x.body.date === body.date);
          if (i >= 0) items.splice(i, 1);
          items.push({ kind: 'checkin', localId, userId, queuedAt, body });
        }
      }
    }
  return { schemaVersion: 1, items };
}

/** Everything queued on this device (all accounts); use outboxFor to show one person's. */
export function loadOutbox(): OutboxItem[] {
  try {
    const text = localStorage.getItem(KEY);
    return restoreOutbox(text ? JSON.parse(text) : null).items;
  } catch {
    return [];
  }
}

function store(items: OutboxItem[]): void {
  try {
    if (items.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify({ schemaVersion: 1, items } satisfies Outbox));
  } catch {
    // Storage blocked: nothing more can be done on this device.
  }
}

/** A client-made id: the outbox's localId and the idempotency key of a create. */
export const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * Queues an episode. Pass the idempotency key of a send that failed as `localId`: if that send
 * did reach the server, the resend is answered with the stored episode instead of a second one.
 */
export function enqueueEpisode(userId: string, body: EpisodeInput, now: Date, localId = newId()): OutboxItem {
  const item: OutboxItem = { kind: 'episode', localId, userId, queuedAt: now.toISOString(), body };
  store([...loadOutbox(), item]);
  return item;
}

export function enqueueCheckin(userId: string, body: CheckinBody, now: Date): OutboxItem {
  const item: OutboxItem = { kind: 'checkin', localId: newId(), userId, queuedAt: now.toISOString(), body };
  const others = loadOutbox().filter(
    (x) => !(x.kind === 'checkin' && x.userId === userId && x.body.date === body.date),
  );
  store([...others, item]);
  return item;
}

export function removeFromOutbox(localId: string): void {
  store(loadOutbox().filter((x) => x.localId !== localId));
}

export function outboxFor(userId: string): OutboxItem[] {
  return loadOutbox().filter((x) => x.userId === userId);
}
