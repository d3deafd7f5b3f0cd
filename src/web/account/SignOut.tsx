import { useEffect, useRef, useState } from 'react';
import { api } from '../api-client.ts';
import { Button } from '../ui/Button.tsx';
import { BusyLabel } from './BusyLabel.tsx';
import { unsentCount } from './clear-account-data.ts';
import { FormProblem } from './FormProblem.tsx';
import { describeProblem } from './problem-text.ts';
import { useAccountForm } from './use-account-form.ts';

const NO_FIELDS = [] as const;

/**
 * Sign out. When entries made offline still wait on this device to be sent, signing out would
 * remove them, so it says so first and asks.
 */
export function SignOut({ onSignedOut }: { onSignedOut: () => void }) {
  const form = useAccountForm<never>(NO_FIELDS);
  const [waiting, setWaiting] = useState<number | null>(null);
  const warning = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasWarning = useRef(false);

  useEffect(() => {
    if (waiting !== null) warning.current?.focus();
    else if (wasWarning.current) button.current?.focus();
    wasWarning.current = waiting !== null;
  }, [waiting]);

  const send = () => {
    void form
      .submit(
        () => ({}),
        async () => {
          const result = await api.post('/api/auth/sign-out', {});
          if (result.ok) return { ok: true };
          const problem = describeProblem('sign-out', result);
          // Already signed out on the server: that is what was asked for.
          if (problem.signedOut) return { ok: true };
          return { ok: false, problem };
        },
      )
      .then((ok) => {
        if (ok) onSignedOut();
      });
  };

  const start = () => {
    const unsent = unsentCount();
    if (unsent > 0) setWaiting(unsent);
    else send();
  };

  return (
    <>
      {form.problem ? <FormProblem message={form.problem.message} problemRef={form.problemRef} /> : null}
      {waiting === null ? (
        <button
          type="button"
          ref={button}
          className="btn btn-secondary account-action"
          onClick={start}
          aria-disabled={form.sending || undefined}
        >
          <BusyLabel busy={form.sending} idle="Sign out" working="Signing out…" />
        </button>
      ) : (
        <div className="notice account-problem" ref={warning} tabIndex={-1}>
          <p className="notice-kind">
            <span aria-hidden="true">⚠ </span>Before you sign out
          </p>
          <p className="account-problem-text">
            {waiting === 1
              ? '1 entry made on this device has not reached your account yet.'
              : `${waiting} entries made on this device have not reached your account yet.`}{' '}
            Signing out now removes {waiting === 1 ? 'it' : 'them'} from this device for good.
          </p>
          <p>Go online and wait until they are sent, then sign out.</p>
          <div className="row">
            <Button variant="primary" onClick={() => setWaiting(null)}>
              Stay signed in
            </Button>
            <Button
              variant="danger"
              className="account-action"
              onClick={send}
              aria-disabled={form.sending || undefined}
            >
              <BusyLabel busy={form.sending} idle="Sign out anyway" working="Signing out…" />
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
