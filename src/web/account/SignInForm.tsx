import { type FormEvent, useState } from 'react';
import { api } from '../api-client.ts';
import { Button } from '../ui/Button.tsx';
import { BusyLabel } from './BusyLabel.tsx';
import { FormProblem } from './FormProblem.tsx';
import { PasswordField } from './PasswordField.tsx';
import { describeProblem } from './problem-text.ts';
import { TextField } from './TextField.tsx';
import { useAccountForm } from './use-account-form.ts';
import { refreshSession } from './use-session.ts';
import { currentPasswordError, emailError } from './validate.ts';

const FIELDS = ['email', 'password'] as const;

/** Sign in with email and password. */
export function SignInForm({
  initialEmail,
  onSigningIn,
  onCreateAccount,
}: {
  initialEmail: string;
  /** Called just before the session is refreshed, so the next screen can say "you're signed in". */
  onSigningIn: () => void;
  onCreateAccount: (email: string) => void;
}) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const form = useAccountForm(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit(
      () => ({ email: emailError(email), password: currentPasswordError(password) }),
      async () => {
        const result = await api.post('/api/auth/sign-in/email', { email: email.trim(), password });
        if (!result.ok) return { ok: false, problem: describeProblem('sign-in', result) };
        onSigningIn();
        const user = await refreshSession();
        if (user) return { ok: true };
        return {
          ok: false,
          problem: {
            message:
              'You were signed in, but this browser did not keep the sign-in. Allow cookies for this site and try again.',
          },
        };
      },
    );
  };

  return (
    <form className="account-form" noValidate onSubmit={onSubmit} aria-labelledby="page-title">
      <TextField
        id="signin-email"
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={form.errors.email}
        inputRef={form.inputRef('email')}
      />
      <PasswordField
        id="signin-password"
        label="Password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={form.errors.password}
        inputRef={form.inputRef('password')}
      />
      {form.problem ? <FormProblem message={form.problem.message} problemRef={form.problemRef} /> : null}
      <Button type="submit" big className="account-submit" aria-disabled={form.sending || undefined}>
        <BusyLabel busy={form.sending} idle="Sign in" working="Signing in…" />
      </Button>
      <details className="account-forgot">
        <summary>Forgot your password?</summary>
        <p>
          Unknot does not send emails, so it cannot reset a password. If you signed in on another device, you can change
          the password there. Otherwise, create a new account.
        </p>
      </details>
      <p className="account-switch">
        New to Unknot?{' '}
        <Button variant="secondary" onClick={() => onCreateAccount(email)}>
          Create an account
        </Button>
      </p>
    </form>
  );
}
