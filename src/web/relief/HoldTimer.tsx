import { useEffect, useState } from 'react';
import { Button } from '../ui/Button.tsx';
import { beep, primeSound, vibrate } from './alert.ts';
import {
  formatCountdown,
  remainingMs,
  type Session,
  settleSession,
  spokenDuration,
  startSession,
} from './timer-state.ts';
import { useNow } from './use-now.ts';

/** Counts down one hold; a soft beep and a spoken "release" when it is over. */
export function HoldTimer({ seconds, announce }: { seconds: number; announce: (message: string) => void }) {
  const [hold, setHold] = useState<Session<'hold'> | null>(null);
  const running = hold?.status === 'running' ? hold : null;
  const now = useNow(1000, running?.endsAt ?? 0);
  const durationMs = seconds * 1000;

  useEffect(() => {
    if (!running || now < running.endsAt) return;
    setHold(settleSession(running, now));
    beep(1);
    vibrate([200]);
    announce('Hold done: release slowly.');
  }, [now, running, announce]);

  const onStart = () => {
    primeSound();
    setHold(startSession('hold', durationMs, Date.now()));
    announce(`Hold for ${spokenDuration(durationMs)}.`);
  };
  const onStop = () => {
    setHold(null);
    announce('Hold stopped.');
  };
  const left = hold ? remainingMs(hold, now) : durationMs;

  return (
    <section aria-labelledby="hold-title">
      <h2 id="hold-title">Hold</h2>
      <p className="help">
        Hold each one for {spokenDuration(durationMs)}, breathing normally. Never hold your breath.
      </p>
      <p className="big-number relief-count" role="timer">
        <span aria-hidden="true">{formatCountdown(left)}</span>
        <span className="visually-hidden">{spokenDuration(left)} left</span>
      </p>
      {hold?.status === 'done' ? <p className="relief-status">Hold done: release slowly.</p> : null}
      {running ? (
        <Button variant="quiet" onClick={onStop}>
          Stop hold
        </Button>
      ) : (
        <Button variant="secondary" big onClick={onStart}>
          {hold?.status === 'done' ? 'Start the next hold' : 'Start hold'}
        </Button>
      )}
    </section>
  );
}
