// The diary's API shapes, typed from the contract's response schemas and the engine (type-only
// imports: no Zod in the bundle).
import type {
  Checkin,
  CheckinList,
  CheckinWithDate,
  Episode,
  EpisodeInput,
  EpisodePage,
  SavedCheckin,
  SavedEpisode,
} from '#contract';
import type { Escalation } from '#engine';

export type { Checkin, CheckinList, Episode, EpisodeInput, EpisodePage, Escalation, SavedCheckin, SavedEpisode };

/** POST /api/checkins: a check-in with its date, as the form builds it. */
export type CheckinBody = CheckinWithDate;
