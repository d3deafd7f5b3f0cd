import { useEffect, useRef } from 'react';
import { Button } from '../ui/Button.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { primeSound, signalEnd } from './alert.ts';
import { clockTime } from './clock-time.ts';
import { MinutePicker } from './MinutePicker.tsx';
import { NotifyPermission } from './NotifyPermission.tsx';
import {
  chooseMinutes,
  elapsedMs,
  formatCountdown,
  pause,
  type ReliefKind,
  type ReliefLimitsByKind,
  remaining,
  restEndsAt,
  resume,
  settle,
  spokenDuration,
  spokenMinutes,
  start,
  startBlock,
  stop,
} from './timer-state.ts';
import { useAnnouncer } from './use-announcer.ts';
import { useNow } from './use-now.ts';
import { useReliefTimer } from './use-relief-timer.ts';

const NAME: Record<ReliefKind, string> = { heat: 'heat', cold: 'cold pack' };
const ONE_MINUTE = 60_000;
/** The end is signalled (beep, vibration, notification) only if it happened this recently. */
const SIGNAL_WINDOW_MS = 60_000;

/** The heat or cold countdown: pick a length, start, pause, resume, stop; it carries on across reloads. */
export function ReliefTimerPanel({ kind, limits }: { kind: ReliefKind; limits: ReliefLimitsByKind }) {
  const [state, act] = useReliefTimer(limits);
  const [message, announce] = useAnnouncer();
  const running = state.active?.status === 'running' ? state.active : null;
  const now = useNow(1000, running?.endsAt ?? 0);
  const oneMinuteSaid = useRef(false);

  const mine = state.active?.kind === kind ? state.active : null;
  const left = mine ? remaining(state, now) : state.minutes[kind] * ONE_MINUTE;
  const name = NAME[kind];

  // The end: settle the session (its end starts the rest interval) and tell the person.
  useEffect(() => {
    if (!running || now < running.endsAt) return;
    act(settle);
    if (now - running.endsAt > SIGNAL_WINDOW_MS) return;
    const next =
      running.kind === 'cold'
        ? ` Next cold session from ${clockTime(running.endsAt + limits.cold.restMinutes * ONE_MINUTE, now)}.`
        : '';
    const body = `Take the ${NAME[running.kind]} off now.${next}`;
    announce(`Time is up: ${body}`);
    signalEnd('Time is up', body);
  }, [now, running, act, announce, limits]);

  // One minute left: said once per session, and only for sessions longer than a minute.
  useEffect(() => {
    if (!running || running.kind !== kind) return;
    const rest = running.endsAt - now;
    if (rest > ONE_MINUTE) oneMinuteSaid.current = false;
    else if (rest > 0 && !oneMinuteSaid.current && running.durationMs > ONE_MINUTE) {
      oneMinuteSaid.current = true;
      announce('1 minute left.');
    }
  }, [now, running, kind, announce]);

  const block = startBlock(state, kind, now, limits);
  const heatBreakUntil = kind === 'heat' ? restEndsAt(state, 'heat', limits) : null;

  const onStart = () => {
    primeSound();
    const at = Date.now();
    const minutes = state.minutes[kind];
    act((s, t) => start(s, kind, minutes, t, limits));
    announce(
      `${kind === 'heat' ? 'Heat' : 'Cold pack'} session started: ${spokenMinutes(minutes)}. Ends at ${clockTime(at + minutes * ONE_MINUTE, at)}.`,
    );
  };
  const onPause = () => {
    act(pause);
    announce(`Paused with ${spokenDuration(left)} left.`);
  };
  const onResume = () => {
    primeSound();
    act(resume);
    announce('Resumed.');
  };
  const onStop = () => {
    act(stop);
    announce(`Stopped. Take the ${name} off.`);
  };

  const status = (() => {
    if (!mine) return 'Not started yet.';
    switch (mine.status) {
      case 'running':
        return `On. Ends at ${clockTime(mine.endsAt, now)}.`;
      case 'paused':
        return 'Paused.';
      case 'done':
        return `Finished at ${clockTime(mine.endedAt, now)}.`;
    }
  })();

  return (
    <section className="card relief-timer" aria-labelledby="relief-timer-title">
      <h2 id="relief-timer-title" className="visually-hidden">
        Timer
      </h2>
      <p className="big-number relief-count" role="timer">
        <span aria-hidden="true">{formatCountdown(left)}</span>
        <span className="visually-hidden">{spokenDuration(left)} left</span>
      </p>
      <p className="relief-status">{status}</p>
      {mine && mine.status !== 'done' ? (
        <progress
          className="relief-progress"
          max={mine.durationMs}
          value={elapsedMs(mine, now)}
          aria-label="Time used so far"
        />
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>

      {mine?.status === 'done' ? (
        <Notice tone="self_care" title={`Time is up: take the ${name} off now.`}>
          <p>
            Check your skin:{' '}
            {kind === 'heat'
              ? 'stop if it looks very red, blotchy or blistered.'
              : 'it should be pink, not white, blotchy or numb.'}
          </p>
        </Notice>
      ) : null}

      {mine?.status === 'running' ? (
        <div className="row">
          <Button big onClick={onPause}>
            Pause
          </Button>
          <Button variant="quiet" onClick={onStop}>
            Stop
          </Button>
        </div>
      ) : mine?.status === 'paused' ? (
        <div className="row">
          <Button big onClick={onResume}>
            Resume
          </Button>
          <Button variant="quiet" onClick={onStop}>
            Stop
          </Button>
        </div>
      ) : (
        <>
          {block?.reason === 'cold-rest' ? (
            <div id="relief-start-why" className="relief-reason">
              <p className="relief-reason-title">Next cold session from {clockTime(block.until, now)}</p>
              <p>
                Give your skin at least {spokenMinutes(limits.cold.restMinutes)} between cold sessions, so Start is off
                until then.
              </p>
            </div>
          ) : block?.reason === 'other-session' ? (
            <div id="relief-start-why" className="relief-reason">
              <p className="relief-reason-title">A {NAME[block.kind]} session is on</p>
              <p>
                Use one at a time: stop it before you start {name}.{' '}
                <Link href={`/relief/${block.kind}`}>Go to the {NAME[block.kind]} timer</Link>
              </p>
            </div>
          ) : heatBreakUntil !== null && heatBreakUntil > now ? (
            <p className="help">
              Best to give your skin a break of at least {spokenMinutes(limits.heat.restMinutes)} between heat sessions:
              next one from {clockTime(heatBreakUntil, now)}.
            </p>
          ) : null}
          <Button
            big
            disabled={block !== null}
            aria-describedby={block ? 'relief-start-why' : undefined}
            onClick={onStart}
          >
            Start {state.minutes[kind]}-minute {kind === 'heat' ? 'heat' : 'cold'} session
          </Button>
          <MinutePicker
            kind={kind}
            limits={limits[kind]}
            value={state.minutes[kind]}
            onChange={(m) => act((s) => chooseMinutes(s, kind, m, limits))}
          />
        </>
      )}
      <p className="help">
        The timer keeps going if you leave or reload this page, but it can only beep while the page is open.
      </p>
      <NotifyPermission />
    </section>
  );
}
