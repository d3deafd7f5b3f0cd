import { lazy, Suspense, useEffect, useState } from 'react';
import { CALL_NOW_SIGNS } from '#knowledge';
import { CallButtons } from './ui/CallButtons.tsx';
import { Link } from './ui/Link.tsx';
import { Page } from './ui/Page.tsx';

// A running timer and the last result need the engine and the relief knowledge: a chunk of their
// own, fetched only when this device holds either (a first visit loads none of it).
const HomeNow = lazy(() => import('./home/HomeNow.tsx').then((m) => ({ default: m.HomeNow })));

/** A cheap look at the stored check and timer; the chunk restores and checks them properly. */
function mayHaveSomethingNow(): boolean {
  try {
    const check = localStorage.getItem('unknot.check.state') ?? '';
    const timer = localStorage.getItem('unknot.relief-timer') ?? '';
    return check.includes('"result":{') || timer.includes('"active":{');
  } catch {
    return false; // storage blocked: nothing was stored either
  }
}

export function Home() {
  const [now] = useState(mayHaveSomethingNow);
  // Fetch the check's code once the start page is on screen, so "Check my back" opens at once.
  useEffect(() => {
    const timer = setTimeout(() => void import('./check/CheckFlow.tsx'), 1500);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Page
      title="Is my back spasm serious?"
      lead="Answer a few questions to find out what to do now. No account needed, and it works offline."
    >
      <div className="home-actions">
        <Link className="btn btn-primary btn-big" href="/check">
          Check my back
        </Link>
        <Link className="btn btn-secondary btn-big" href="/diary/spasm">
          Spasm now: log it
        </Link>
      </div>
      {now ? (
        <Suspense fallback={null}>
          <HomeNow />
        </Suspense>
      ) : null}
      <section className="home-emergency" aria-labelledby="home-emergency-title">
        <h2 id="home-emergency-title">In an emergency</h2>
        <p>{CALL_NOW_SIGNS.sentence}</p>
        <CallButtons compact />
      </section>
      <ul className="plain home-links">
        <li>
          <Link href="/relief">Relief: heat and cold timers, gentle exercises</Link>
        </li>
        <li>
          <Link href="/diary">Spasm diary: log a spasm in seconds, and a daily check-in</Link>
        </li>
        <li>
          <Link href="/trends">Trends: how your pain is changing</Link>
        </li>
      </ul>
      <p className="muted">Unknot does not diagnose: it explains what your answers suggest, with its sources.</p>
    </Page>
  );
}
