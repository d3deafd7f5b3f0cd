// The account forms' own checks, in plain words, before anything is sent. The server checks
// again (better-auth: 10 to 200 characters), so these only spare a round trip.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(email: string): string | undefined {
  const value = email.trim();
  if (value === '') return 'Enter your email address.';
  if (!EMAIL.test(value)) return 'Enter your email address in the form name@example.com.';
  return undefined;
}

/** For a password being chosen (sign up, new password). */
export function newPasswordError(password: string): string | undefined {
  if (password === '') return 'Choose a password.';
  if (password.length < PASSWORD_MIN)
    return `Use at least ${PASSWORD_MIN} characters. This one has ${password.length}.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  return undefined;
}

/** For a password being typed to prove who you are. */
export function currentPasswordError(password: string, what = 'your password'): string | undefined {
  return password === '' ? `Enter ${what}.` : undefined;
}

/** The name to store: what was typed, or the part of the email before the @. */
export function nameFor(name: string, email: string): string {
  const typed = name.trim();
  if (typed !== '') return typed;
  const local = email.trim().split('@')[0] ?? '';
  return local === '' ? email.trim() : local;
}
