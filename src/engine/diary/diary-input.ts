// What the diary analytics read: the parts of episodes, check-ins and PEG answers they use. The
// contract's Episode and Checkin fit these shapes, so API data passes straight in.
import type { PlanCode } from '#knowledge';

export type ReliefRating = {
  readonly method: PlanCode;
  /** 0 = did not help … 3 = a lot. */
  readonly helped: number;
};

export type DiaryEpisode = {
  readonly id: string;
  /** ISO instant with an offset. */
  readonly startedAt: string;
  /** The local day it began in its own time zone; when absent, it is read in the analytics' zone. */
  readonly localDate?: string | undefined;
  readonly endedAt?: string | null | undefined;
  readonly durationMinutes?: number | null | undefined;
  /** 0–10. */
  readonly intensity: number;
  readonly reliefTried?: readonly ReliefRating[] | undefined;
};

export type DiaryCheckin = {
  /** Local date, YYYY-MM-DD. */
  readonly date: string;
  /** Average pain that day, 0–10. */
  readonly painAverage: number;
};

export type PegAnswers = {
  /** Local date it was answered, YYYY-MM-DD. */
  readonly date: string;
  readonly pain: number;
  readonly enjoyment: number;
  readonly activity: number;
};

/** Minutes from start to relief: the duration given, else the end time; null when neither. */
export function minutesToRelief(e: Pick<DiaryEpisode, 'startedAt' | 'endedAt' | 'durationMinutes'>): number | null {
  if (e.durationMinutes !== null && e.durationMinutes !== undefined) return e.durationMinutes;
  if (!e.endedAt) return null;
  const ms = Date.parse(e.endedAt) - Date.parse(e.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 60_000) : null;
}
