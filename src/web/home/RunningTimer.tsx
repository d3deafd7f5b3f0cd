import { useState } from 'react';
import { RELIEF_LIMITS } from '../relief/relief-knowledge.ts';
import { formatCountdown, remainingMs, spokenDuration } from '../relief/timer-state.ts';
import { useNow } from '../relief/use-now.ts';
import { loadReliefTimer } from '../storage/relief-timer.ts';
import { Link } from '../ui/Link.tsx';

/** A heat or cold session that is running (or paused) on this device, with a way back to it. */
export function RunningTimer() {
  const [state] = useState(() => (RELIEF_LIMITS ? loadReliefTimer(Date.now(), RELIEF_LIMITS) : null));
  const session = state?.active;
  const live = session && (session.status === 'running' || session.status === 'paused') ? session : null;
  const now = useNow(1000, live?.status === 'running' ? live.endsAt : 0);
  if (!live) return null;
  const left = remainingMs(live, now);
  const name = live.kind === 'heat' ? 'Heat' : 'Cold pack';
  return (
    <section className="card home-card home-timer" aria-labelledby="home-timer-title">
      <h2 id="home-timer-title">
        {name} timer {live.status === 'paused' || left === 0 ? (left === 0 ? 'finished' : 'paused') : 'running'}
      </h2>
      <p className="home-timer-count">
        <span aria-hidden="true">{formatCountdown(left)}</span>
        <span className="visually-hidden">{spokenDuration(left)} left</span>
      </p>
      <p>
        <Link className="btn btn-secondary btn-small" href={`/relief/${live.kind}`}>
          Open the {live.kind === 'heat' ? 'heat' : 'cold pack'} timer
        </Link>
      </p>
    </section>
  );
}
