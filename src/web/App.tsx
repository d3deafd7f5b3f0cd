// The app shell: header, navigation and the page for the current path. The start page is in the
// first bundle; every other page, the check included, loads when first opened (and is cached by
// the service worker for offline use).
import { lazy, Suspense } from 'react';
import { Home } from './Home.tsx';
import { usePath } from './router.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { Link } from './ui/Link.tsx';

const CheckFlow = lazy(() => import('./check/CheckFlow.tsx').then((m) => ({ default: m.CheckFlow })));
const ReliefTimer = lazy(() => import('./relief/ReliefTimer.tsx').then((m) => ({ default: m.ReliefTimer })));
const ExercisePlayer = lazy(() => import('./relief/ExercisePlayer.tsx').then((m) => ({ default: m.ExercisePlayer })));
const Diary = lazy(() => import('./diary/Diary.tsx').then((m) => ({ default: m.Diary })));
const Trends = lazy(() => import('./trends/Trends.tsx').then((m) => ({ default: m.Trends })));
const Account = lazy(() => import('./account/Account.tsx').then((m) => ({ default: m.Account })));
const PastChecks = lazy(() => import('./checks/PastChecks.tsx').then((m) => ({ default: m.PastChecks })));
const ReportPage = lazy(() => import('./report/ReportPage.tsx').then((m) => ({ default: m.ReportPage })));

const NAV = [
  ['/', 'Home'],
  ['/check', 'Check'],
  ['/diary', 'Diary'],
  ['/trends', 'Trends'],
  ['/account', 'Account'],
] as const;

function route(path: string) {
  if (path === '/') return <Home />;
  if (path === '/check') return <CheckFlow />;
  if (path === '/relief/heat' || path === '/relief/cold')
    return <ReliefTimer kind={path === '/relief/heat' ? 'heat' : 'cold'} />;
  if (path.startsWith('/exercise/')) return <ExercisePlayer id={`exercise/${path.slice('/exercise/'.length)}`} />;
  if (path === '/diary' || path.startsWith('/diary/')) return <Diary path={path} />;
  if (path === '/trends') return <Trends />;
  if (path === '/checks' || path.startsWith('/checks/')) return <PastChecks path={path} />;
  if (path === '/account') return <Account />;
  if (path === '/report') return <ReportPage />;
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        <Link href="/">Go to the start</Link>
      </p>
    </section>
  );
}

export function App() {
  const path = usePath();
  const section = NAV.filter(([href]) => (href === '/' ? path === '/' : path.startsWith(href))).at(-1)?.[0];
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link className="brand" href="/">
          Unknot
        </Link>
        <nav className="app-nav" aria-label="Main">
          <ul>
            {NAV.map(([href, label]) => (
              <li key={href}>
                <Link href={href} aria-current={section === href ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">
        <ErrorBoundary key={path}>
          <Suspense fallback={<p role="status">Loading…</p>}>{route(path)}</Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
