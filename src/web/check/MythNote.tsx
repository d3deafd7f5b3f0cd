import type { Myth } from '#knowledge';
import { useReferences } from './use-references.ts';

const VERDICT: Record<Myth['verdict'], string> = {
  wrong: 'Wrong',
  unsafe: 'Unsafe',
  unproven: 'Not proven',
  misleading: 'Misleading',
  contradictory: 'The advice out there contradicts itself',
};

/** One myth note: what you may have read, the verdict, the evidence and what to do instead. */
export function MythNote({ id }: { id: string }) {
  const refs = useReferences();
  if (refs.status === 'loading') return <p role="status">Loading…</p>;
  if (refs.status === 'failed') return <p>This note could not be loaded. Try again when you are online.</p>;
  const myth = refs.refs.mythsById.get(id);
  if (!myth) return null;
  return (
    <dl className="check-myth">
      <dt>What you may have read</dt>
      <dd>{myth.claim}</dd>
      <dt>Verdict</dt>
      <dd>
        <strong>{VERDICT[myth.verdict]}</strong>
      </dd>
      <dt>What the evidence says</dt>
      <dd>{myth.summary}</dd>
      <dt>What to do instead</dt>
      <dd>{myth.instead}</dd>
    </dl>
  );
}
