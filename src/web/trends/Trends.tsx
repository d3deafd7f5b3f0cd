// /trends: the cross-week and check-in escalations first, then pain over time, the weekly pain
// trend, spasms per week, time to relief, the weekly PEG and "what helps me". The figures come
// from the engine's diaryAnalytics; uPlot is loaded only here. Each chart has a sentence and a table.
import { useMemo } from 'react';
import { diaryAnalytics } from '#engine';
import { intensityWords } from '../diary/labels.ts';
import { browserTimeZone, formatDay, formatMinutes, formatWhen, localDate } from '../diary/local-time.ts';
import { SignInPrompt } from '../diary/SignInPrompt.tsx';
import { useSession } from '../diary/use-session.ts';
import { Link } from '../ui/Link.tsx';
import { Page } from '../ui/Page.tsx';
import { ChartSection } from './ChartSection.tsx';
import { painOptions, pegOptions, reliefOptions, weeklyOptions, weeklyPainOptions } from './chart-options.ts';
import { DiaryAlerts } from './DiaryAlerts.tsx';
import {
  noonOf,
  painSummary,
  painTable,
  pegSummary,
  pegTable,
  reliefSummary,
  reliefTable,
  trendSummary,
  visibleWeeks,
  weeklyPainTable,
  weeklySummary,
  weeklyTable,
} from './series.ts';
import { UPlotChart } from './UPlotChart.tsx';
import { type DiaryData, TREND_WEEKS, useTrendsData } from './use-trends-data.ts';
import { WhatHelpsCard } from './WhatHelpsCard.tsx';

const words = { day: formatDay, minutes: formatMinutes };

export function Trends() {
  const session = useSession();
  if (session.status === 'loading') return <p role="status">Loading…</p>;
  if (session.status === 'signed-out') return <SignInPrompt title="Trends" offline={session.offline} />;
  if (session.offline)
    return (
      <Page title="Trends">
        <p>You seem to be offline. Your trends show again once you are connected.</p>
        <p>
          <Link href="/diary">Go to the diary</Link> to log a spasm: it is kept on this phone until then.
        </p>
      </Page>
    );
  return <TrendsLoaded />;
}

function TrendsLoaded() {
  const data = useTrendsData();
  if (data.status === 'loading') return <p role="status">Loading your trends…</p>;
  if (data.status === 'error')
    return (
      <Page title="Trends">
        <p className="error-text" role="alert">
          Your trends could not be loaded. {data.message}
        </p>
      </Page>
    );
  return <TrendsView episodes={data.episodes} checkins={data.checkins} checks={data.checks} pegs={data.pegs} />;
}

function TrendsView({ episodes, checkins, checks, pegs }: DiaryData) {
  const analytics = useMemo(
    () =>
      diaryAnalytics({
        episodes,
        checkins,
        pegs,
        today: localDate(new Date()),
        timeZone: browserTimeZone(),
        weeks: TREND_WEEKS,
      }),
    [episodes, checkins, pegs],
  );
  const weeks = useMemo(() => visibleWeeks(analytics.weeks), [analytics]);
  const pain = useMemo(() => painTable(checkins, episodes), [checkins, episodes]);
  const weekly = useMemo(() => weeklyTable(weeks), [weeks]);
  const weeklyPain = useMemo(() => weeklyPainTable(weeks, analytics.painTrend, analytics.weeks), [weeks, analytics]);
  const reliefData = useMemo(() => reliefTable(analytics.timeToRelief.items), [analytics]);
  const pegData = useMemo(() => pegTable(analytics.peg.entries), [analytics]);
  const relief = analytics.timeToRelief.items;

  if (episodes.length === 0 && checkins.length === 0 && pegs.length === 0)
    return (
      <Page title="Trends">
        <p>No entries yet — log a spasm from the diary, or do a daily check-in. Your trends build up from there.</p>
        <p>
          <Link className="btn btn-primary" href="/diary">
            Go to the diary
          </Link>
        </p>
      </Page>
    );

  const painRows = [
    ...checkins.map((c) => ({
      at: noonOf(c.date),
      key: `c-${c.date}`,
      cells: [formatDay(c.date), 'check-in: average pain', `${c.painAverage} (${intensityWords(c.painAverage)})`],
    })),
    ...episodes.map((e) => ({
      at: Date.parse(e.startedAt) / 1000,
      key: `e-${e.id}`,
      cells: [formatWhen(e.startedAt), 'spasm: intensity', `${e.intensity} (${intensityWords(e.intensity)})`],
    })),
  ].sort((a, b) => a.at - b.at);

  return (
    <Page title="Trends" lead={`The last ${TREND_WEEKS} weeks of your diary.`}>
      <DiaryAlerts episodes={episodes} checkins={checkins} checks={checks} />
      <ChartSection
        title="Pain over time"
        summary={painSummary(checkins, episodes, words)}
        chart={<UPlotChart options={painOptions} data={pain} />}
        columns={['When', 'What', 'Pain (0–10)']}
        rows={painRows}
      />
      <ChartSection
        title="Weekly pain trend"
        summary={trendSummary(analytics.painTrend)}
        chart={<UPlotChart options={weeklyPainOptions} data={weeklyPain} />}
        columns={['Week starting', 'Average pain (0–10)', 'Days with a check-in']}
        rows={weeks.flatMap((w) =>
          w.painMean === null
            ? []
            : [{ key: w.weekStart, cells: [formatDay(w.weekStart), w.painMean.toFixed(1), String(w.painDays)] }],
        )}
      />
      <ChartSection
        title="Spasms per week"
        summary={episodes.length > 0 ? weeklySummary(weeks, words) : 'No spasms logged yet.'}
        chart={<UPlotChart options={weeklyOptions} data={weekly} />}
        columns={['Week starting', 'Spasms', 'Average intensity']}
        rows={
          episodes.length > 0
            ? weeks.map((w) => ({
                key: w.weekStart,
                cells: [
                  formatDay(w.weekStart),
                  String(w.episodes),
                  w.intensityMean === null ? '–' : `${w.intensityMean.toFixed(1)} (highest ${w.intensityMax})`,
                ],
              }))
            : []
        }
      />
      <ChartSection
        title="Time to relief"
        summary={reliefSummary(analytics.timeToRelief, words)}
        chart={<UPlotChart options={reliefOptions} data={reliefData} />}
        columns={['Spasm', 'Eased after']}
        rows={relief.map((r) => ({ key: r.id, cells: [formatWhen(r.startedAt), formatMinutes(r.minutes)] }))}
      />
      <ChartSection
        title="Your week: pain, enjoyment and activity"
        summary={pegSummary(analytics.peg, words)}
        chart={analytics.peg.entries.length > 1 ? <UPlotChart options={pegOptions} data={pegData} /> : null}
        columns={['Answered', 'Score (0–10)', 'Pain', 'Enjoyment', 'Activity']}
        rows={[...pegs]
          .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
          .map((p) => ({
            key: p.id,
            cells: [formatDay(p.date), p.score.toFixed(1), String(p.pain), String(p.enjoyment), String(p.activity)],
          }))}
      />
      <WhatHelpsCard episodes={episodes} checks={checks} />
      <p>
        <Link href="/checks">Your past checks</Link>
      </p>
      <p>
        <Link href="/diary">Back to the diary</Link>
      </p>
    </Page>
  );
}
