// /checks: the person's saved checks, newest first (date, result, knowledge version), and
// /checks/<id>: one check as it was stored — never recomputed, so it shows what the person was
// told then, with the version of the clinical content that produced it.
import { useEffect, useState } from 'react';
import type { CheckPage, StoredCheck } from '#contract';
import { DISPOSITION_TEXT } from '#knowledge';
import { api } from '../api-client.ts';
import { formatWhen } from '../diary/local-time.ts';
import { SignInPrompt } from '../diary/SignInPrompt.tsx';
import { useSession } from '../diary/use-session.ts';
import { Button } from '../ui/Button.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { StoredCheckView } from './StoredCheckView.tsx';

export function PastChecks({ path }: { path: string }) {
  const session = useSession();
  if (session.status === 'loading') return <p role="status">Loading…</p>;
  if (session.status === 'signed-out') return <SignInPrompt title="Your past checks" offline={session.offline} />;
  if (session.offline)
    return (
      <Page title="Your past checks">
        <p>You seem to be offline. Your saved checks show again once you are connected.</p>
      </Page>
    );
  const id = /^\/checks\/([0-9a-fA-F-]{36})$/.exec(path)?.[1];
  return id ? <OneCheck key={id} id={id} /> : <CheckList />;
}

const fetchPage = (after: string | null) =>
  api.get<CheckPage>(`/api/assessments?limit=20${after ? `&cursor=${encodeURIComponent(after)}` : ''}`);

function CheckList() {
  const [items, setItems] = useState<StoredCheck[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (after: string | null) => {
    const r = await fetchPage(after);
    if (!r.ok) return setError(r.problem.detail);
    setItems((old) => [...(after ? (old ?? []) : []), ...r.data.items]);
    setCursor(r.data.nextCursor);
  };
  useEffect(() => {
    let live = true;
    void fetchPage(null).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.problem.detail);
      setItems(r.data.items);
      setCursor(r.data.nextCursor);
    });
    return () => {
      live = false;
    };
  }, []);
  if (error)
    return (
      <Page title="Your past checks">
        <p className="error-text" role="alert">
          Your checks could not be loaded. {error}
        </p>
      </Page>
    );
  if (!items) return <p role="status">Loading your checks…</p>;
  return (
    <Page title="Your past checks" lead="Each check as it was saved, with the version of the advice it used.">
      {items.length === 0 ? (
        <p>
          No saved checks yet. <Link href="/check">Do the check</Link> while signed in and it is saved here.
        </p>
      ) : (
        <ul className="check-list">
          {items.map((c) => (
            <li key={c.id}>
              <Link href={`/checks/${c.id}`}>
                {formatWhen(c.completedAt)}:{' '}
                {DISPOSITION_TEXT[c.assessment.disposition]?.title ?? c.assessment.disposition}
              </Link>{' '}
              <span className="help">(advice version {c.knowledgeVersion})</span>
            </li>
          ))}
        </ul>
      )}
      {cursor ? (
        <p>
          <Button variant="secondary" onClick={() => void load(cursor)}>
            Show older checks
          </Button>
        </p>
      ) : null}
      <p>
        <Link href="/diary">Back to the diary</Link>
      </p>
    </Page>
  );
}

function OneCheck({ id }: { id: string }) {
  const [check, setCheck] = useState<StoredCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.get<StoredCheck>(`/api/assessments/${id}`).then((r) => {
      if (!live) return;
      if (r.ok) setCheck(r.data);
      else setError(r.problem.detail);
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (error)
    return (
      <Page title="Saved check">
        <p className="error-text" role="alert">
          This check could not be loaded. {error}
        </p>
        <p>
          <Link href="/checks">All your checks</Link>
        </p>
      </Page>
    );
  if (!check) return <p role="status">Loading the check…</p>;
  return (
    <Page title={`Your check of ${formatWhen(check.completedAt)}`}>
      <Notice tone="info" title="As it was saved">
        <p>
          This is what the check said on {formatWhen(check.completedAt)}, with advice version {check.knowledgeVersion}.
          It is not worked out again: if things have changed, <Link href="/check">do the check again</Link>.
        </p>
      </Notice>
      <StoredCheckView assessment={check.assessment} />
      <p>
        <Link href="/checks">All your checks</Link>
      </p>
    </Page>
  );
}
