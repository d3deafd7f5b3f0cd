import { Notice } from '../ui/Notice.tsx';
import { DoneMessage } from './DoneMessage.tsx';

/** Said once after signing out, deleting the account, or finding the sign-in has ended. */
export function LeftMessage({ kind, cleared }: { kind: 'signed-out' | 'deleted' | 'session-ended'; cleared: number }) {
  const local =
    cleared > 0
      ? 'What this device kept for your account, such as diary drafts, has been removed from it too.'
      : 'Nothing from your account is kept on this device.';
  if (kind === 'session-ended')
    return (
      <Notice tone="info" role="status" title="You have been signed out. Please sign in again.">
        <p>{local}</p>
      </Notice>
    );
  return (
    <DoneMessage title={kind === 'deleted' ? 'Your account and all its data are deleted.' : 'You are signed out.'}>
      <p>{local}</p>
    </DoneMessage>
  );
}
