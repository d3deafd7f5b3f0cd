// The app shell: header, navigation and the page for the current path. The start page is in the
// first bundle; every other page, the check included, loads when first opened (and is cached by
// the service worker for offline use).
import { lazy, Suspense } from 'react';
import { Home } from './Home.tsx';
import { usePath } from './router.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { Link } from './ui/Link.tsx';
import { Logo } from './ui/Logo.tsx';
import { PersonIcon } from './ui/PersonIcon.tsx';

const CheckFlow = lazy(() => import('./check/CheckFlow.tsx').then((m) => ({ default: m.CheckFlow })));
const ReliefTimer = lazy(() => import('./relief/ReliefTimer.tsx').then((m) => ({ default: m.ReliefTimer })));
const ExercisePlayer = lazy(() => import('./relief/ExercisePlayer.tsx').then((m) => ({ default: m.ExercisePlayer })));
const Diary = lazy(() => import('./diary/Diary.tsx').then((m) => ({ default: m.Diary })));
const Trends = lazy(() => import('./trends/Trends.tsx').then((m) => ({ default: m.Trends })));
const Account = lazy(() => import('./account/Account.tsx').then((m) => ({ default: m.Account })));
const PastChecks = lazy(() => import('./checks/PastChecks.tsx').then((m) => ({ default: m.PastChecks })));
const Relief = lazy(() => import('./relief/Relief.tsx').then((m) => ({ default: m.Relief })));
const ReportPage = lazy(() => import('./report/ReportPage.tsx').then((m) => ({ default: m.ReportPage })));
const RemindersPage = lazy(() => import('./reminders/RemindersPage.tsx').then((m) => ({ default: m.RemindersPage })));

/**
 * The menu: one line down to 320 px (e2e/pages.spec.ts checks it). The brand links home; the
 * account is an icon on narrow screens. `also` lists other paths that belong to a section.
 */
const NAV: readonly { href: string; label: string; also?: readonly string[]; icon?: boolean }[] = [
  { href: '/check', label: 'Check' },
  { href: '/diary', label: 'Diary' },
  { href: '/relief', label: 'Relief', also: ['/exercise'] },
  { href: '/trends', label: 'Trends' },
  { href: '/account', label: 'Account', icon: true },
];

const inSection = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

function route(path: string) {
  if (path === '/') return <Home />;
  if (path === '/check' || path.startsWith('/check/')) return <CheckFlow />;
  if (path === '/relief') return <Relief />;
  if (path === '/relief/heat' || path === '/relief/cold')
    return <ReliefTimer kind={path === '/relief/heat' ? 'heat' : 'cold'} />;
  if (path.startsWith('/exercise/')) return <ExercisePlayer id={`exercise/${path.slice('/exercise/'.length)}`} />;
  if (path === '/diary' || path.startsWith('/diary/')) return <Diary path={path} />;
  if (path === '/trends') return <Trends />;
  if (path === '/checks' || path.startsWith('/checks/')) return <PastChecks path={path} />;
  if (path === '/account') return <Account />;
  if (path === '/report') return <ReportPage />;
  if (path === '/reminders') return <RemindersPage />;
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
  const section = NAV.find((n) => [n.href, ...(n.also ?? [])].some((p) => inSection(path, p)))?.href;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link className="brand" href="/" aria-current={path === '/' ? 'page' : undefined}>
          <Logo size={32} />
          <span className="brand-name">Unknot</span>
        </Link>
        <nav className="app-nav" aria-label="Main">
          <ul>
            {NAV.map(({ href, label, icon }) => (
              <li key={href}>
                <Link href={href} aria-current={section === href ? 'page' : undefined}>
                  {icon ? (
                    <>
                      <PersonIcon />
                      <span className="nav-label-wide">{label}</span>
                    </>
                  ) : (
                    label
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">
        {/* A new page starts afresh; the check's steps are one page whose state carries across. */}
        <ErrorBoundary key={path.startsWith('/check/') ? '/check' : path}>
          <Suspense fallback={<p role="status">Loading…</p>}>{route(path)}</Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
