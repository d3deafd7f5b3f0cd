// Loads what the trends show: the last 26 weeks of spasms and check-ins, and the latest saved
// checks (for the episode's start and the person's age, as the server's escalation uses).
import { useEffect, useState } from 'react';
import { type ApiResult, api } from '../api-client.ts';
import type { StoredCheck } from '../diary/latest-escalation.ts';
import { localDate } from '../diary/local-time.ts';
import type { Checkin, Episode, EpisodePage } from '../diary/types.ts';

export const TREND_WEEKS = 26;
const MAX_PAGES = 10;
const CHECKS_PAGE = 20;

export type TrendsData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; episodes: Episode[]; checkins: Checkin[]; checks: StoredCheck[] };

async function load(now: Date): Promise<TrendsData> {
  const since = new Date(now.getTime() - TREND_WEEKS * 7 * 86_400_000);
  const [checkins, checks] = await Promise.all([
    api.get<{ items: Checkin[] }>(`/api/checkins?from=${localDate(since)}&limit=366`),
    // The check that applies is the one completed last by the latest check-in's day, which is
    // not always the newest: a page of the latest is plenty.
    api.get<{ items: StoredCheck[] }>(`/api/assessments?limit=${CHECKS_PAGE}`),
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
  };
}

export function useTrendsData(): TrendsData {
  const [data, setData] = useState<TrendsData>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void load(new Date()).then((d) => {
      if (live) setData(d);
    });
    return () => {
      live = false;
    };
  }, []);
  return data;
}
