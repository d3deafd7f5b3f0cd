// The diary's escalations, shown on the diary and trends pages: the latest check-in's own (red
// flags, the day-count rules) and the cross-week patterns, each with its reasons.
import { useMemo } from 'react';
import { diaryPatterns } from '#engine';
import { latestEscalation } from '../diary/latest-escalation.ts';
import { browserTimeZone, formatDay, localDate } from '../diary/local-time.ts';
import { PatternBanner } from './PatternBanner.tsx';
import { TrendsBanner } from './TrendsBanner.tsx';
import type { DiaryData } from './use-trends-data.ts';

export function DiaryAlerts({ episodes, checkins, checks }: Pick<DiaryData, 'episodes' | 'checkins' | 'checks'>) {
  const latest = useMemo(() => latestEscalation(checkins, checks), [checkins, checks]);
  const patterns = useMemo(
    () =>
      diaryPatterns({ episodes, checkins, today: localDate(new Date()), timeZone: browserTimeZone() }, undefined, {
        day: formatDay,
        number: (n) => String(Math.round(n * 10) / 10),
      }),
    [episodes, checkins],
  );
  return (
    <>
      {latest ? <TrendsBanner latest={latest} /> : null}
      {patterns.map((p) => (
        <PatternBanner key={p.id} pattern={p} />
      ))}
    </>
  );
}
