import { useEffect, useState } from 'react';
import { loadWalkSession, saveWalkSession } from '../storage/relief-exercise.ts';
import { Button } from '../ui/Button.tsx';
import { primeSound, signalEnd } from './alert.ts';
import { clockTime } from './clock-time.ts';
import {
  formatCountdown,
  pauseSession,
  remainingMs,
  resumeSession,
  type Session,
  settleSession,
  spokenDuration,
  startSession,
} from './timer-state.ts';
import { useNow } from './use-now.ts';

const WALK_MS = 5 * 60_000;
const SIGNAL_WINDOW_MS = 60_000;

/** "Start a 5-minute walk": the same countdown as heat and cold, kept across reloads. */
export function WalkTimer({ announce }: { announce: (message: string) => void }) {
  const [walk, setWalk] = useState<Session<'walk'> | null>(() => loadWalkSession(Date.now()));
  const running = walk?.status === 'running' ? walk : null;
  const now = useNow(1000, running?.endsAt ?? 0);

  useEffect(() => saveWalkSession(walk), [walk]);
  useEffect(() => {
    if (!running || now < running.endsAt) return;
    setWalk(settleSession(running, now));
    if (now - running.endsAt > SIGNAL_WINDOW_MS) return;
    const text = '5 minutes are up. If you are out, head back at an easy pace.';
    announce(text);
    signalEnd('Walk: 5 minutes', text);
  }, [now, running, announce]);

  const left = walk ? remainingMs(walk, now) : WALK_MS;
  const onStart = () => {
    primeSound();
    setWalk(startSession('walk', WALK_MS, Date.now()));
    announce('Walk started: 5 minutes.');
  };
  return (
    <section className="card" aria-labelledby="walk-title">
      <h2 id="walk-title">Walk timer</h2>
      <p className="big-number relief-count" role="timer">
        <span aria-hidden="true">{formatCountdown(left)}</span>
        <span className="visually-hidden">{spokenDuration(left)} left</span>
      </p>
      {walk?.status === 'done' ? (
        <p className="relief-status">5 minutes done at {clockTime(walk.endedAt, now)}. Head back at an easy pace.</p>
      ) : walk?.status === 'paused' ? (
        <p className="relief-status">Paused.</p>
      ) : running ? (
        <p className="relief-status">Walking. 5 minutes are up at {clockTime(running.endsAt, now)}.</p>
      ) : null}
      {running ? (
        <div className="row">
          <Button
            onClick={() => {
              setWalk(pauseSession(running, Date.now()));
              announce('Walk timer paused.');
            }}
          >
            Pause
          </Button>
          <Button
            variant="quiet"
            onClick={() => {
              setWalk(null);
              announce('Walk timer stopped.');
            }}
          >
            Stop
          </Button>
        </div>
      ) : walk?.status === 'paused' ? (
        <div className="row">
          <Button
            onClick={() => {
              primeSound();
              setWalk(resumeSession(walk, Date.now()));
              announce('Walk timer resumed.');
            }}
          >
            Resume
          </Button>
          <Button variant="quiet" onClick={() => setWalk(null)}>
            Stop
          </Button>
        </div>
      ) : (
        <Button big onClick={onStart}>
          Start a 5-minute walk
        </Button>
      )}
    </section>
  );
}
