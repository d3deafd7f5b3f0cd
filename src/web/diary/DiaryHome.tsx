import { useState } from 'react';
import { DiaryAlertsLoader } from '../trends/DiaryAlertsLoader.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { CheckinList } from './CheckinList.tsx';
import { EpisodeList } from './EpisodeList.tsx';
import { OutboxNotices } from './OutboxNotices.tsx';
import { PegPrompt } from './PegPrompt.tsx';
import { useOutbox } from './use-outbox.ts';
import type { DiarySession } from './use-session.ts';

/** /diary: "Spasm now" first, the daily check-in, then the latest entries. */
export function DiaryHome({ session }: { session: Extract<DiarySession, { status: 'signed-in' }> }) {
  const outbox = useOutbox(session);
  const [checkedInToday, setCheckedInToday] = useState(false);
  const reload = outbox.last?.sent ?? 0;
  return (
    <Page title="Spasm diary">
      {session.offline ? null : <DiaryAlertsLoader key={`alerts-${reload}`} />}
      <p>
        <Link className="btn btn-primary btn-big btn-block spasm-now" href="/diary/spasm">
          Spasm now
        </Link>
      </p>
      <p className="help">Logs a spasm in three taps: this button, how strong it is, Save.</p>
      <p>
        <Link className="btn btn-secondary btn-big btn-block" href="/diary/checkin">
          {checkedInToday ? "Today's check-in: done ✓ (change it)" : 'Daily check-in'}
        </Link>
      </p>
      {session.offline ? (
        <Notice tone="info" title="You are offline">
          <p>
            You can still log a spasm or do your check-in: it is kept on this phone and sent when you are back online.
            Your earlier entries show again once you are connected.
          </p>
        </Notice>
      ) : null}
      <OutboxNotices items={outbox.items} last={outbox.last} />
      {session.offline ? null : <PegPrompt />}
      {session.offline ? null : (
        <>
          <h2>Recent spasms</h2>
          <EpisodeList key={`episodes-${reload}`} />
          <h2>Check-ins</h2>
          <CheckinList key={`checkins-${reload}`} onToday={setCheckedInToday} />
          <p>
            <Link href="/trends">See your trends: pain over time, spasms per week, time to relief, what helps you</Link>
          </p>
          <p>
            <Link href="/checks">Your past checks</Link>
          </p>
          <p>
            <Link href="/reminders">Reminders for your check-in and the weekly questions</Link>
          </p>
        </>
      )}
    </Page>
  );
}
