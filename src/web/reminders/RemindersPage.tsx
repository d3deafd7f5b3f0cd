// Reminders (/reminders, issue 9): a daily check-in, the weekly questions and breaks from
// sitting, at times the person chooses in their own time zone; sent by the server as Web Push to
// every device where they allowed notifications (public/push-sw.js shows them).

import { useCallback, useEffect, useState } from 'react';
import type { ReminderSettings } from '#contract';
import { api } from '../api-client.ts';
import { browserTimeZone } from '../diary/local-time.ts';
import { SignInPrompt } from '../diary/SignInPrompt.tsx';
import { useSession } from '../diary/use-session.ts';
import { Button } from '../ui/Button.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { DeviceNotifications } from './DeviceNotifications.tsx';
import { ReminderSettingsForm } from './ReminderSettingsForm.tsx';
import { reminderProblemText } from './reminder-form.ts';

const TITLE = 'Reminders';

/** Whether any reminder is on (only then does a stored time zone matter to the person). */
const anyOn = (s: ReminderSettings): boolean => s.checkin.enabled || s.peg.enabled || s.deskBreak.enabled;

type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; settings: ReminderSettings };

export function RemindersPage() {
  const session = useSession();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [deviceOn, setDeviceOn] = useState<boolean | null>(null);
  const timeZone = browserTimeZone();

  const load = useCallback(async () => {
    setLoaded({ kind: 'loading' });
    const r = await api.get<ReminderSettings>('/api/reminders');
    setLoaded(
      r.ok
        ? { kind: 'ready', settings: r.data }
        : { kind: 'failed', message: reminderProblemText(r, 'loading your reminders') },
    );
  }, []);

  const signedIn = session.status === 'signed-in';
  useEffect(() => {
    if (signedIn) void load();
  }, [signedIn, load]);

  if (session.status === 'signed-out') return <SignInPrompt title={TITLE} offline={session.offline} />;

  return (
    <Page title={TITLE} lead="A gentle nudge at times you choose. Nothing is sent unless you turn it on.">
      {session.status === 'loading' || loaded.kind === 'loading' ? (
        <p className="muted reminder-loading" role="status">
          Loading your reminders…
        </p>
      ) : null}
      {loaded.kind === 'failed' ? (
        <Notice tone="info" title="Your reminders could not be loaded" role="alert">
          <p>{loaded.message}</p>
          <p>
            <Button variant="secondary" onClick={() => void load()}>
              Try again
            </Button>
          </p>
        </Notice>
      ) : null}
      {loaded.kind === 'ready' ? (
        <>
          {loaded.settings.timeZone !== timeZone && anyOn(loaded.settings) ? (
            <Notice tone="info" title="Another time zone">
              <p>
                Your reminders were set for {loaded.settings.timeZone.replaceAll('_', ' ')} time. Saving here moves them
                to this device’s time zone, {timeZone.replaceAll('_', ' ')}.
              </p>
            </Notice>
          ) : null}
          <DeviceNotifications onChange={setDeviceOn} />
          <ReminderSettingsForm
            stored={loaded.settings}
            timeZone={timeZone}
            deviceOn={deviceOn}
            onSaved={(settings) => setLoaded({ kind: 'ready', settings })}
          />
        </>
      ) : null}
      <p className="reminder-links">
        <Link href="/diary">Back to your diary</Link>
      </p>
    </Page>
  );
}
