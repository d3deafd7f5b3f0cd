import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../api-client.ts';
import { Button } from '../ui/Button.tsx';
import { BusyLabel } from './BusyLabel.tsx';
import { DoneMessage } from './DoneMessage.tsx';
import { FormProblem } from './FormProblem.tsx';
import { PasswordField } from './PasswordField.tsx';
import { describeProblem } from './problem-text.ts';
import { useAccountForm } from './use-account-form.ts';
import { currentPasswordError, newPasswordError, PASSWORD_MIN } from './validate.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Change the password: the current one to prove it is you, then the new one. */
export function ChangePasswordForm({ email, onSessionEnded }: { email: string; onSessionEnded: () => void }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [signOutOthers, setSignOutOthers] = useState(false);
  const [done, setDone] = useState<null | { othersSignedOut: boolean }>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const form = useAccountForm(FIELDS);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const ok = await form.submit(
      () => ({
        currentPassword: currentPasswordError(currentPassword, 'your current password'),
        newPassword:
          newPasswordError(newPassword) ??
          (newPassword === currentPassword ? 'Choose a new password that differs from your current one.' : undefined),
      }),
      async () => {
        const result = await api.post('/api/auth/change-password', {
          currentPassword,
          newPassword,
          revokeOtherSessions: signOutOthers,
        });
        if (result.ok) return { ok: true };
        const problem = describeProblem('change-password', result);
        if (problem.signedOut) onSessionEnded();
        return { ok: false, problem };
      },
    );
    if (ok) {
      setCurrentPassword('');
      setNewPassword('');
      setDone({ othersSignedOut: signOutOthers });
    }
  };

  return (
    <form className="account-form" noValidate onSubmit={onSubmit} aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change your password</h2>
      {/* Tells password managers whose password this is, so they update the right entry. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        id="change-current"
        label="Current password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={form.errors.currentPassword}
        inputRef={form.inputRef('currentPassword')}
      />
      <PasswordField
        id="change-new"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        autoComplete="new-password"
        value={newPassword}
        onChange={setNewPassword}
        error={form.errors.newPassword}
        inputRef={form.inputRef('newPassword')}
      />
      <p className="account-check">
        <input
          id="change-sign-out-others"
          type="checkbox"
          checked={signOutOthers}
          onChange={(event) => setSignOutOthers(event.target.checked)}
        />
        <label htmlFor="change-sign-out-others">Also sign out on my other devices</label>
      </p>
      {form.problem ? <FormProblem message={form.problem.message} problemRef={form.problemRef} /> : null}
      {done ? (
        <DoneMessage title="Your password is changed." messageRef={doneRef}>
          <p>
            {done.othersSignedOut
              ? 'Your other devices are signed out. Use the new password next time you sign in there.'
              : 'Use the new password next time you sign in.'}
          </p>
        </DoneMessage>
      ) : null}
      <Button type="submit" variant="secondary" className="account-submit" aria-disabled={form.sending || undefined}>
        <BusyLabel busy={form.sending} idle="Change password" working="Changing password…" />
      </Button>
    </form>
  );
}
