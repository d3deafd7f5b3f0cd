import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../api-client.ts';
import { Button } from '../ui/Button.tsx';
import { BusyLabel } from './BusyLabel.tsx';
import { EmailText } from './EmailText.tsx';
import { FormProblem } from './FormProblem.tsx';
import { PasswordField } from './PasswordField.tsx';
import { describeProblem } from './problem-text.ts';
import { useAccountForm } from './use-account-form.ts';
import { currentPasswordError } from './validate.ts';

const FIELDS = ['password'] as const;

/** Deleting the account: a first button opens a confirmation step that asks for the password. */
export function DeleteAccount({
  email,
  onDeleted,
  onSessionEnded,
}: {
  email: string;
  onDeleted: () => void;
  onSessionEnded: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const form = useAccountForm(FIELDS);
  const stepTitle = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Opening the step moves focus to its heading; closing it returns focus to the button.
  useEffect(() => {
    if (confirming) stepTitle.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const close = () => {
    setPassword('');
    form.reset();
    setConfirming(false);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await form.submit(
      () => ({ password: currentPasswordError(password) }),
      async () => {
        const result = await api.post('/api/auth/delete-user', { password });
        if (result.ok) return { ok: true };
        const problem = describeProblem('delete', result);
        if (problem.signedOut) onSessionEnded();
        return { ok: false, problem };
      },
    );
    if (ok) onDeleted();
  };

  return (
    <section className="account-section" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete your account</h2>
      <p>This removes your account and everything saved with it. The check keeps working without an account.</p>
      {confirming ? (
        <form
          className="account-form card account-danger-zone"
          noValidate
          onSubmit={onSubmit}
          aria-labelledby="delete-step-title"
        >
          <h3 id="delete-step-title" tabIndex={-1} ref={stepTitle}>
            Are you sure?
          </h3>
          <p>
            Deleting{' '}
            <strong>
              <EmailText email={email} />
            </strong>{' '}
            removes, permanently:
          </p>
          <ul>
            <li>every diary entry: your spasms and daily check-ins;</li>
            <li>every saved check and its result;</li>
            <li>your account and sign-in.</li>
          </ul>
          <p>
            <strong>This cannot be undone.</strong> Nobody can bring the data back afterwards.
          </p>
          <p>
            Keep a copy first:{' '}
            <a href="/api/export/backup" download>
              download a backup of your data
            </a>{' '}
            (you can import it into a new account later).
          </p>
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordField
            id="delete-password"
            label="Type your password to confirm"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.errors.password}
            inputRef={form.inputRef('password')}
          />
          {form.problem ? <FormProblem message={form.problem.message} problemRef={form.problemRef} /> : null}
          <Button type="submit" variant="danger" className="account-submit" aria-disabled={form.sending || undefined}>
            <BusyLabel busy={form.sending} idle="Delete my account and all my data" working="Deleting your account…" />
          </Button>
          <Button variant="secondary" className="account-submit" onClick={close}>
            Keep my account
          </Button>
        </form>
      ) : (
        <button type="button" className="btn btn-quiet" ref={openButton} onClick={() => setConfirming(true)}>
          Delete my account…
        </button>
      )}
    </section>
  );
}
