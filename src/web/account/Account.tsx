// The account page (/account): sign in or create an account when signed out (?mode=signup opens
// the second), and when signed in: who, links on, sign out, change password, delete account.
import { useEffect, useState } from 'react';
import { Button } from '../ui/Button.tsx';
import { Page } from '../ui/Page.tsx';
import { clearAccountData } from './clear-account-data.ts';
import { LeftMessage } from './LeftMessage.tsx';
import { SignedIn } from './SignedIn.tsx';
import { SignInForm } from './SignInForm.tsx';
import { SignUpForm } from './SignUpForm.tsx';
import { refreshSession, setSessionUser, useSession } from './use-session.ts';

type Mode = 'sign-in' | 'sign-up';

/** What just happened, said once on the next screen. */
type Flash =
  | { kind: 'signed-in' | 'signed-up' }
  | { kind: 'signed-out' | 'deleted'; cleared: number }
  | { kind: 'session-ended'; cleared: number };

const modeFromUrl = (): Mode => (new URLSearchParams(location.search).get('mode') === 'signup' ? 'sign-up' : 'sign-in');

export function Account() {
  const { user, loading, offline, refresh } = useSession();
  const [mode, setModeState] = useState<Mode>(modeFromUrl);
  const [flash, setFlash] = useState<Flash | null>(null);
  const [email, setEmail] = useState('');

  // Ask again on every visit: the session may have ended since another page last asked.
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const setMode = (next: Mode, withEmail: string) => {
    // Kept in the address so a reload (or a shared link) opens the same form.
    history.replaceState(history.state, '', next === 'sign-up' ? '/account?mode=signup' : '/account');
    setEmail(withEmail);
    setFlash(null);
    setModeState(next);
  };

  /** Signed out (by choice, by deletion or because the session ended): forget the account here. */
  const leave = (kind: 'signed-out' | 'deleted' | 'session-ended') => {
    const cleared = clearAccountData();
    history.replaceState(history.state, '', '/account');
    setModeState('sign-in');
    setFlash({ kind, cleared });
    if (kind === 'session-ended') void refreshSession();
    else setSessionUser(null);
  };

  if (loading)
    return (
      <Page title="Your account">
        <p role="status" className="muted account-loading">
          Checking whether you are signed in…
        </p>
      </Page>
    );

  if (user)
    return (
      <Page title="Your account">
        <SignedIn
          user={user}
          welcome={flash?.kind === 'signed-in' || flash?.kind === 'signed-up' ? flash.kind : null}
          onSignedOut={() => leave('signed-out')}
          onDeleted={() => leave('deleted')}
          onSessionEnded={() => leave('session-ended')}
        />
      </Page>
    );

  const signingUp = mode === 'sign-up';
  return (
    <Page
      title={signingUp ? 'Create an account' : 'Sign in'}
      lead="An account keeps your spasm diary and checks, so you can see how things change. The check itself never needs one."
    >
      {flash && 'cleared' in flash ? <LeftMessage kind={flash.kind} cleared={flash.cleared} /> : null}
      {offline ? (
        <div className="notice notice-info" role="status">
          <p className="notice-kind">
            <span aria-hidden="true">ℹ </span>Offline
          </p>
          <p>
            You seem to be offline, so signing in or creating an account will not work until you are back online. The
            check still works without a connection.
          </p>
          <p>
            <Button variant="secondary" onClick={() => void refresh()}>
              Try again
            </Button>
          </p>
        </div>
      ) : null}
      {signingUp ? (
        <SignUpForm
          key="sign-up"
          initialEmail={email}
          onSigningUp={() => setFlash({ kind: 'signed-up' })}
          onSignInInstead={(typed) => setMode('sign-in', typed)}
        />
      ) : (
        <SignInForm
          key="sign-in"
          initialEmail={email}
          onSigningIn={() => setFlash({ kind: 'signed-in' })}
          onCreateAccount={(typed) => setMode('sign-up', typed)}
        />
      )}
    </Page>
  );
}
