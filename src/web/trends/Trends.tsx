// /trends: pain over time, spasms per week and time to relief (uPlot, loaded only here), each
// with a sentence and a table, and a banner when the latest check-in asks for a doctor.
import { useMemo } from 'react';
import { intensityWords } from '../diary/labels.ts';
import { latestEscalation, type StoredCheck } from '../diary/latest-escalation.ts';
import { formatDay, formatMinutes, formatWhen, localDate } from '../diary/local-time.ts';
import { SignInPrompt } from '../diary/SignInPrompt.tsx';
import type { Checkin, Episode } from '../diary/types.ts';
import { useSession } from '../diary/use-session.ts';
import { Link } from '../ui/Link.tsx';
import { Page } from '../ui/Page.tsx';
import { ChartSection } from './ChartSection.tsx';
import { painOptions, reliefOptions, weeklyOptions } from './chart-options.ts';
import {
  noonOf,
  painSummary,
  painTable,
  reliefSummary,
  reliefTable,
  reliefTimes,
  weeklyCounts,
  weeklySummary,
  weeklyTable,
} from './series.ts';
import { TrendsBanner } from './TrendsBanner.tsx';
import { UPlotChart } from './UPlotChart.tsx';
import { TREND_WEEKS, useTrendsData } from './use-trends-data.ts';

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
  return <TrendsView episodes={data.episodes} checkins={data.checkins} checks={data.checks} />;
}

function TrendsView({
  episodes,
  checkins,
  checks,
}: {
  episodes: Episode[];
  checkins: Checkin[];
  checks: StoredCheck[];
}) {
  const pain = useMemo(() => painTable(checkins, episodes), [checkins, episodes]);
  const weeks = useMemo(() => weeklyCounts(episodes, localDate(new Date())), [episodes]);
  const weekly = useMemo(() => weeklyTable(weeks), [weeks]);
  const relief = useMemo(() => reliefTimes(episodes), [episodes]);
  const reliefData = useMemo(() => reliefTable(relief), [relief]);
  const latest = useMemo(() => latestEscalation(checkins, checks), [checkins, checks]);

  if (episodes.length === 0 && checkins.length === 0)
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
      {latest ? <TrendsBanner latest={latest} /> : null}
      <ChartSection
        title="Pain over time"
        summary={painSummary(checkins, episodes, words)}
        chart={<UPlotChart options={painOptions} data={pain} />}
        columns={['When', 'What', 'Pain (0–10)']}
        rows={painRows}
      />
      <ChartSection
        title="Spasms per week"
        summary={episodes.length > 0 ? weeklySummary(weeks, words) : 'No spasms logged yet.'}
        chart={<UPlotChart options={weeklyOptions} data={weekly} />}
        columns={['Week starting', 'Spasms']}
        rows={
          episodes.length > 0
            ? weeks.map((w) => ({ key: w.weekStart, cells: [formatDay(w.weekStart), String(w.count)] }))
            : []
        }
      />
      <ChartSection
        title="Time to relief"
        summary={reliefSummary(relief, words)}
        chart={<UPlotChart options={reliefOptions} data={reliefData} />}
        columns={['Spasm', 'Eased after']}
        rows={relief.map((r) => ({ key: r.id, cells: [formatWhen(r.startedAt), formatMinutes(r.minutes)] }))}
      />
      <p>
        <Link href="/diary">Back to the diary</Link>
      </p>
    </Page>
  );
}
