// Loads what the trends show: the last 26 weeks of spasms, check-ins and weekly PEG answers, and
// the latest saved checks (for the episode's start and the person's age, as the server's
// escalation uses, and for what "what helps me" must not suggest).
import { useEffect, useState } from 'react';
import type { CheckinList, CheckPage, Peg, PegList, StoredCheck } from '#contract';
import { type ApiResult, api } from '../api-client.ts';
import { localDate } from '../diary/local-time.ts';
import type { Checkin, Episode, EpisodePage } from '../diary/types.ts';

export const TREND_WEEKS = 26;
const MAX_PAGES = 10;
const CHECKS_PAGE = 20;

/** A GET /api/assessments item: what the escalation reads, and the assessment as stored. */
export type SavedCheckItem = StoredCheck;

export type DiaryData = { episodes: Episode[]; checkins: Checkin[]; checks: SavedCheckItem[]; pegs: Peg[] };

export type TrendsData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | ({ status: 'ready' } & DiaryData);

/** The diary since `since`: every episode (up to 1,000), check-in and PEG answer, and recent checks. */
export async function loadDiary(since: Date): Promise<TrendsData> {
  const [checkins, checks, pegs] = await Promise.all([
    api.get<CheckinList>(`/api/checkins?from=${localDate(since)}&limit=366`),
    // The check that applies is the one completed last by the latest check-in's day, which is
    // not always the newest: a page of the latest is plenty.
    api.get<CheckPage>(`/api/assessments?limit=${CHECKS_PAGE}`),
    api.get<PegList>(`/api/peg?from=${localDate(since)}`),
  ]);
  if (!checkins.ok) return { status: 'error', message: checkins.problem.detail };
  const episodes: Episode[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query: string = `/api/episodes?limit=100&from=${encodeURIComponent(since.toISOString())}`;
    const r: ApiResult<EpisodePage> = await api.get<EpisodePage>(
      cursor ? `${query}&cursor=${encodeURIComponent(cursor)}` : query,
    );
    if (!r.ok) return { status: 'error', message: r.problem.detail };
    episodes.push(...r.data.items);
    cursor = r.data.nextCursor;
    if (!cursor) break;
  }
  return {
    status: 'ready',
    episodes,
    checkins: checkins.data.items,
    checks: checks.ok ? checks.data.items : [],
    pegs: pegs.ok ? pegs.data.items : [],
  };
}

/** Loads the diary of the last `weeks` weeks once. */
export function useDiaryData(weeks: number = TREND_WEEKS): TrendsData {
  const [data, setData] = useState<TrendsData>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const now = new Date();
    void loadDiary(new Date(now.getTime() - weeks * 7 * 86_400_000)).then((d) => {
      if (live) setData(d);
    });
    return () => {
      live = false;
    };
  }, [weeks]);
  return data;
}

export const useTrendsData = (): TrendsData => useDiaryData(TREND_WEEKS);
