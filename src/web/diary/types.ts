// The diary's API shapes, typed from the contract and the engine (type-only imports: no Zod in
// the bundle).
import type { Episode, EpisodeInput } from '#contract';
import type { Escalation } from '#engine';
import type { FindingCode } from '#knowledge';

export type { Episode, EpisodeInput, Escalation };

/** POST/PUT /api/episodes answer: the episode plus reminders for what it names. */
export type SavedEpisode = Episode & { notices: string[] };

export type EpisodePage = { items: Episode[]; nextCursor: string | null };

export type Checkin = {
  date: string;
  timeZone: string;
  painAverage: number;
  interferenceActivity: number;
  interferenceSleep: number;
  gettingBetter: boolean;
  findings: FindingCode[];
  unsure: FindingCode[];
  createdAt: string;
  updatedAt: string;
};

export type CheckinBody = {
  date: string;
  timeZone: string;
  painAverage: number;
  interferenceActivity: number;
  interferenceSleep: number;
  gettingBetter: boolean;
  findings: FindingCode[];
  unsure: FindingCode[];
};

export type SavedCheckin = { checkin: Checkin; escalation: Escalation };
