import { useEffect } from 'react';
import { CALL_NOW_SIGNS } from '#knowledge';
import { Link } from './ui/Link.tsx';
import { Page } from './ui/Page.tsx';

export function Home() {
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
      <p>
        <Link className="btn btn-primary btn-big" href="/check">
          Check my back
        </Link>
      </p>
      <p className="muted">Unknot does not diagnose. {CALL_NOW_SIGNS.sentence}</p>
      <ul className="plain stack">
        <li>
          <Link href="/diary">Spasm diary: log a spasm in seconds, and a daily check-in</Link>
        </li>
        <li>
          <Link href="/trends">Trends: how your pain is changing</Link>
        </li>
        <li>
          <Link href="/account">Your account</Link>
        </li>
      </ul>
    </Page>
  );
}
