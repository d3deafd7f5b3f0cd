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
import { emailError, nameFor, newPasswordError, PASSWORD_MIN } from './validate.ts';

const FIELDS = ['name', 'email', 'password'] as const;

/** Create an account: name (optional), email and a password of at least 10 characters. */
export function SignUpForm({
  initialEmail,
  onSigningUp,
  onSignInInstead,
}: {
  initialEmail: string;
  onSigningUp: () => void;
  onSignInInstead: (email: string) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const form = useAccountForm(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit(
      () => ({ email: emailError(email), password: newPasswordError(password) }),
      async () => {
        const result = await api.post('/api/auth/sign-up/email', {
          name: nameFor(name, email),
          email: email.trim(),
          password,
        });
        if (!result.ok) return { ok: false, problem: describeProblem('sign-up', result) };
        // Sign-up never signs in, and answers the same whether or not the email already had an
        // account (so it reveals nobody's account); signing in next tells the person, and only
        // with their password.
        const signIn = await api.post('/api/auth/sign-in/email', { email: email.trim(), password });
        if (!signIn.ok) {
          if (signIn.status !== 401) return { ok: false, problem: describeProblem('sign-in', signIn) };
          return {
            ok: false,
            problem: {
              message:
                'We could not sign you in with this email and password. If you already have an account with this email, sign in instead.',
              emailTaken: true,
            },
          };
        }
        onSigningUp();
        const user = await refreshSession();
        if (user) return { ok: true };
        return {
          ok: false,
          problem: {
            message:
              'Your account was created, but this browser did not keep the sign-in. Allow cookies for this site, then sign in.',
          },
        };
      },
    );
  };

  return (
    <form className="account-form" noValidate onSubmit={onSubmit} aria-labelledby="page-title">
      <TextField
        id="signup-name"
        name="name"
        label="Your name (optional)"
        hint="If you leave this empty, we use the first part of your email address."
        type="text"
        autoComplete="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={form.errors.name}
        inputRef={form.inputRef('name')}
        maxLength={100}
      />
      <TextField
        id="signup-email"
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
        id="signup-password"
        label="Choose a password"
        hint={`At least ${PASSWORD_MIN} characters. A few words you will remember, like a short sentence, work well.`}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={form.errors.password}
        inputRef={form.inputRef('password')}
      />
      {form.problem ? (
        <FormProblem message={form.problem.message} problemRef={form.problemRef}>
          {form.problem.emailTaken ? (
            <p>
              <Button variant="secondary" onClick={() => onSignInInstead(email.trim())}>
                Sign in instead
              </Button>
            </p>
          ) : null}
        </FormProblem>
      ) : null}
      <Button type="submit" big className="account-submit" aria-disabled={form.sending || undefined}>
        <BusyLabel busy={form.sending} idle="Create account" working="Signing up…" />
      </Button>
      <p className="account-switch">
        Already have an account?{' '}
        <Button variant="secondary" onClick={() => onSignInInstead(email.trim())}>
          Sign in
        </Button>
      </p>
    </form>
  );
}
