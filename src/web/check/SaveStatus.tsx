import type { SessionState } from '../account/use-session.ts';
import type { SaveState } from '../storage/check-answers.ts';
import { Link } from '../ui/Link.tsx';

/** One quiet line about saving the check to the account. */
export function SaveStatus({ save, session }: { save: SaveState; session: SessionState }) {
  const text =
    save === 'saved'
      ? 'Saved to your account.'
      : save === 'queued'
        ? session.user
          ? 'Will be saved when you are back online.'
          : 'If you are signed in, this check will be saved to your account when you are back online.'
        : save === 'failed'
          ? 'This check could not be saved to your account.'
          : null;
  return (
    <p className="muted check-save" role="status">
      {text}
      {save === 'signed-out' ? <Link href="/account">Sign in to keep your checks</Link> : null}
    </p>
  );
}
