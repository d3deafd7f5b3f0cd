import type { SessionUser } from '../api-client.ts';
import { Link } from '../ui/Link.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { DeleteAccount } from './DeleteAccount.tsx';
import { DoneMessage } from './DoneMessage.tsx';
import { EmailText } from './EmailText.tsx';
import { SignOut } from './SignOut.tsx';

/** The signed-in account: who, where to go next, sign out, change password, delete. */
export function SignedIn({
  user,
  welcome,
  onSignedOut,
  onDeleted,
  onSessionEnded,
}: {
  user: SessionUser;
  /** Set right after signing in or up. */
  welcome: 'signed-in' | 'signed-up' | null;
  onSignedOut: () => void;
  onDeleted: () => void;
  onSessionEnded: () => void;
}) {
  return (
    <>
      {welcome ? (
        <DoneMessage title={welcome === 'signed-up' ? 'Your account is ready.' : 'You are signed in.'}>
          <p>Your spasm diary and checks are now saved to your account.</p>
          <p>
            <Link className="btn btn-primary" href="/diary">
              Go to your diary
            </Link>
          </p>
        </DoneMessage>
      ) : null}
      <section className="card account-who" aria-labelledby="who-title">
        <h2 id="who-title" className="account-who-title">
          Signed in as
        </h2>
        <p className="account-email">
          <EmailText email={user.email} />
        </p>
        {user.name && user.name !== user.email.split('@')[0] ? <p className="muted">Name: {user.name}</p> : null}
        <ul className="plain account-links">
          <li>
            <Link href="/diary">Your spasm diary</Link>
          </li>
          <li>
            <Link href="/trends">Your trends</Link>
          </li>
          <li>
            <Link href="/report">Report for my doctor, downloads and backup</Link>
          </li>
          <li>
            <Link href="/reminders">Reminders: daily check-in, weekly questions, breaks</Link>
          </li>
        </ul>
        <SignOut onSignedOut={onSignedOut} />
      </section>
      <section className="account-section">
        <ChangePasswordForm email={user.email} onSessionEnded={onSessionEnded} />
      </section>
      <DeleteAccount email={user.email} onDeleted={onDeleted} onSessionEnded={onSessionEnded} />
    </>
  );
}
