// A heat or cold session, started from a plan card: the safety limit first, then the timer, then
// the plan item's own steps and cautions. Limits come from the knowledge base (the plan item's
// `timer`): heat warm not hot and at most its maximum, cold always wrapped with a rest between.
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { ReliefTimerPanel } from './ReliefTimerPanel.tsx';
import { RELIEF_ITEMS, RELIEF_LIMITS } from './relief-knowledge.ts';
import type { ReliefKind } from './timer-state.ts';

export function ReliefTimer({ kind }: { kind: ReliefKind }) {
  const item = RELIEF_ITEMS[kind];
  const title = kind === 'heat' ? 'Heat timer' : 'Cold pack timer';
  if (!item || !RELIEF_LIMITS) {
    return (
      <Page title={title}>
        <p>This timer is not available right now.</p>
        <p>
          <Link href="/check">Back to the check</Link>
        </p>
      </Page>
    );
  }
  const { timer } = item;
  const other: ReliefKind = kind === 'heat' ? 'cold' : 'heat';
  const safety = timer.safetyNote;
  return (
    <Page title={title}>
      <Notice tone="info" title={safety} />
      <ReliefTimerPanel kind={kind} limits={RELIEF_LIMITS} />
      <h2>{item.title}</h2>
      <p>{item.detail}</p>
      <h2>How to do it</h2>
      <ol className="stack">
        {item.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2>Take care</h2>
      <ul className="stack">
        {item.cautions.map((caution) => (
          <li key={caution}>{caution}</li>
        ))}
      </ul>
      <ul className="plain stack relief-links">
        <li>
          <Link href={`/relief/${other}`}>
            {other === 'heat' ? 'Prefer warmth? The heat timer' : 'Prefer cold? The cold pack timer'}
          </Link>
        </li>
        <li>
          <Link href="/check">Back to the check</Link>
        </li>
      </ul>
    </Page>
  );
}
