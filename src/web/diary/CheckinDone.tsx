import { PLAN_ITEMS } from '#knowledge';
import { Button } from '../ui/Button.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import type { SaveState } from './EscalationScreen.tsx';
import { RedFlagList } from './RedFlagList.tsx';
import type { Escalation } from './types.ts';

const TITLE: Record<SaveState, string> = {
  saving: 'Saving your check-in…',
  saved: 'Check-in saved',
  queued: 'Check-in kept on this phone',
  incomplete: 'Check-in not finished',
  failed: 'Check-in not saved',
};

/** After a check-in with no emergency or same-day answer: a "book a doctor" banner when a rule asks. */
export function CheckinDone({
  escalation,
  save,
  onRetry,
  onEdit,
}: {
  escalation: Escalation;
  save: SaveState;
  onRetry: () => void;
  onEdit: () => void;
}) {
  const book = PLAN_ITEMS.find((p) => p.code === 'book_doctor');
  return (
    <Page title={TITLE[save]}>
      {save === 'queued' ? (
        <p>You are offline. It will be sent when you are back online; what it means for you is below already.</p>
      ) : null}
      {save === 'failed' ? (
        <p className="row">
          <Button onClick={onRetry}>Try again</Button>
          <Button variant="quiet" onClick={onEdit}>
            Change my answers
          </Button>
        </p>
      ) : null}
      {escalation.disposition === 'see_doctor' ? (
        <Notice tone="see_doctor" title="Book a doctor" role="status">
          <p>{book?.detail}</p>
          <ul>
            {escalation.reasons.map((r) => (
              <li key={r.text}>{r.text}</li>
            ))}
          </ul>
        </Notice>
      ) : (
        <Notice tone="self_care" title="Nothing in today's answers needs a doctor" role="status">
          <p>Keep going with your plan, and check in again tomorrow.</p>
        </Notice>
      )}
      <RedFlagList escalation={escalation} />
      <p className="row">
        <Link className="btn btn-primary" href="/diary">
          Back to the diary
        </Link>
        <Link className="btn btn-secondary" href="/trends">
          See my trends
        </Link>
      </p>
    </Page>
  );
}
