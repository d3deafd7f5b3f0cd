// The app shell: header, navigation and the page for the current path. The start page is in the
// first bundle; every other page, the check included, loads when first opened (and is cached by
// the service worker for offline use), or before the first render when it is opened directly.
import { type ComponentType, type JSX, lazy, Suspense } from 'react';
import { Home } from './Home.tsx';
import { usePath } from './router.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { Link } from './ui/Link.tsx';
import { Logo } from './ui/Logo.tsx';
import { PersonIcon } from './ui/PersonIcon.tsx';

/**
 * A page whose code loads when first opened, drawn by `render` for a path. A direct visit
 * preloads it (see `preloadPage`) so the first paint is the page itself, not "Loading…" and then
 * the page a moment later.
 */
function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
  render: (Page: ComponentType<P>, path: string) => JSX.Element,
) {
  let ready: ComponentType<P> | undefined;
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return {
    element: (path: string): JSX.Element => render(ready ?? Lazy, path),
    preload: async (): Promise<void> => {
      const component = await load();
      // Only before the first render: switching component later would remount the page.
      if (!pagesFrozen) ready = component;
    },
  };
}
let pagesFrozen = false;

const plain = (Page: ComponentType) => <Page />;
const withPath = (Page: ComponentType<{ path: string }>, path: string) => <Page path={path} />;

const PAGES = {
  check: lazyPage(() => import('./check/CheckFlow.tsx').then((m) => m.CheckFlow), plain),
  reliefTimer: lazyPage(
    () => import('./relief/ReliefTimer.tsx').then((m) => m.ReliefTimer),
    (ReliefTimer, path) => <ReliefTimer kind={path === '/relief/heat' ? 'heat' : 'cold'} />,
  ),
  exercise: lazyPage(
    () => import('./relief/ExercisePlayer.tsx').then((m) => m.ExercisePlayer),
    (ExercisePlayer, path) => <ExercisePlayer id={`exercise/${path.slice('/exercise/'.length)}`} />,
  ),
  diary: lazyPage(() => import('./diary/Diary.tsx').then((m) => m.Diary), withPath),
  trends: lazyPage(() => import('./trends/Trends.tsx').then((m) => m.Trends), plain),
  account: lazyPage(() => import('./account/Account.tsx').then((m) => m.Account), plain),
  checks: lazyPage(() => import('./checks/PastChecks.tsx').then((m) => m.PastChecks), withPath),
  relief: lazyPage(() => import('./relief/Relief.tsx').then((m) => m.Relief), plain),
  report: lazyPage(() => import('./report/ReportPage.tsx').then((m) => m.ReportPage), plain),
  reminders: lazyPage(() => import('./reminders/RemindersPage.tsx').then((m) => m.RemindersPage), plain),
};
type PageKey = keyof typeof PAGES;

const inSection = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** Which page a path opens: 'home', a lazily loaded page, or undefined (not found). */
function pageOf(path: string): PageKey | 'home' | undefined {
  if (path === '/') return 'home';
  if (inSection(path, '/check')) return 'check';
  if (path === '/relief') return 'relief';
  if (path === '/relief/heat' || path === '/relief/cold') return 'reliefTimer';
  if (path.startsWith('/exercise/')) return 'exercise';
  if (inSection(path, '/diary')) return 'diary';
  if (path === '/trends') return 'trends';
  if (inSection(path, '/checks')) return 'checks';
  if (path === '/account') return 'account';
  if (path === '/report') return 'report';
  if (path === '/reminders') return 'reminders';
  return undefined;
}

/**
 * Loads the code of the page at `path` before the app's first render, waiting at most
 * `withinMs` (a stalled connection then gets the usual "Loading…" instead of a blank screen).
 * A chunk that fails to load is left to the page's error boundary.
 */
export async function preloadPage(path: string, withinMs = 3000): Promise<void> {
  const key = pageOf(path);
  if (key && key !== 'home') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, withinMs);
    });
    await Promise.race([PAGES[key].preload().catch(() => undefined), timeout]);
    clearTimeout(timer);
  }
  pagesFrozen = true;
}

function route(path: string) {
  const key = pageOf(path);
  if (key === 'home') return <Home />;
  if (key) return PAGES[key].element(path);
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        <Link href="/">Go to the start</Link>
      </p>
    </section>
  );
}

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
