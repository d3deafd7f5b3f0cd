// Server problems in plain words for the account forms: which field they belong to (if any) and
// what to do next. better-auth's messages arrive as problem.detail (see src/server/auth.ts).
import type { Problem } from '../api-client.ts';

export type AccountAction = 'sign-in' | 'sign-up' | 'sign-out' | 'change-password' | 'delete';

export type FormProblemInfo = {
  readonly message: string;
  /** The field the problem is about, when there is one (it is then shown under that field). */
  readonly field?: 'email' | 'password' | 'currentPassword' | 'newPassword';
  /** 409 on sign-up: the email already has an account. */
  readonly emailTaken?: boolean;
  /** 401 outside sign-in: the session has ended. */
  readonly signedOut?: boolean;
};

type Failure = { status: number; problem: Problem; offline: boolean };

/** Seconds to wait before trying again, when the server said so. */
export function retryAfterSeconds(problem: Problem): number | undefined {
  // Retry-After, when the API client passes it on; otherwise the server's words ("wait 3 minute(s)").
  if ('retryAfter' in problem && typeof problem.retryAfter === 'number') return problem.retryAfter;
  const minutes = /wait (\d+) minute/i.exec(problem.detail)?.[1];
  return minutes === undefined ? undefined : Number(minutes) * 60;
}

function tooMany(problem: Problem, now: Date): string {
  const seconds = retryAfterSeconds(problem);
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0)
    return 'Too many attempts. Please wait a few minutes, then try again.';
  const at = new Date(now.getTime() + seconds * 1000);
  const time = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many attempts. You can try again at ${time} (in about ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}

export function describeProblem(action: AccountAction, failure: Failure, now = new Date()): FormProblemInfo {
  const { status, problem, offline } = failure;
  const detail = problem.detail.toLowerCase();
  if (offline) return { message: 'You seem to be offline. Check your connection, then try again.' };
  if (status === 429) return { message: tooMany(problem, now) };
  if (status >= 500) return { message: 'Something went wrong on our side. Please try again in a minute.' };
  if (action === 'sign-up' && status === 409)
    return { message: 'There is already an account with this email address.', emailTaken: true };
  if (action === 'sign-in' && status === 401)
    return { message: 'That email and password do not match an account. Check both and try again.' };
  if (status === 401)
    return { message: 'You have been signed out, so this could not be done. Please sign in again.', signedOut: true };
  if (detail.includes('invalid password')) {
    if (action === 'change-password')
      return { message: 'This is not your current password.', field: 'currentPassword' };
    return { message: 'That password is not right.', field: 'password' };
  }
  if (detail.includes('password too short') || detail.includes('password too long')) {
    const message = detail.includes('short')
      ? 'This password is too short: use at least 10 characters.'
      : 'This password is too long: use at most 200 characters.';
    return { message, field: action === 'change-password' ? 'newPassword' : 'password' };
  }
  // A new password that is too easy to guess (or a missing one): the server's words say why and what to do.
  if (status === 400 && problem.errors?.some((e) => e.path === 'password' || e.path === 'newPassword'))
    return { message: problem.detail, field: action === 'change-password' ? 'newPassword' : 'password' };
  if (detail.includes('invalid email'))
    return { message: 'Enter your email address in the form name@example.com.', field: 'email' };
  if (status === 403)
    return { message: 'This page could not confirm where the request came from. Reload the page and try again.' };
  return { message: problem.detail };
}
