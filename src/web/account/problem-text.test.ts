import { describe, expect, it } from 'vitest';
import type { Problem } from '../api-client.ts';
import { describeProblem, retryAfterSeconds } from './problem-text.ts';

const problem = (status: number, detail: string, extra: Partial<Problem> = {}): Problem => ({
  status,
  title: 'x',
  detail,
  ...extra,
});
const failure = (status: number, detail: string, offline = false) => ({
  status,
  problem: problem(status, detail),
  offline,
});

describe('describeProblem', () => {
  const now = new Date(2025, 0, 1, 14, 0, 0);

  it("shows the server's words for a password too easy to guess under the password field", () => {
    const detail = 'Choose a stronger password: it is one of the most used passwords. A few unrelated words…';
    const weak = (path: string) => ({
      status: 400,
      offline: false,
      problem: problem(400, detail, { errors: [{ path, message: 'is too easy to guess' }] }),
    });
    expect(describeProblem('sign-up', weak('password'))).toEqual({ message: detail, field: 'password' });
    expect(describeProblem('change-password', weak('newPassword'))).toEqual({ message: detail, field: 'newPassword' });
  });

  it('says offline in plain words', () => {
    expect(describeProblem('sign-in', failure(0, 'x', true)).message).toMatch(/offline/);
  });

  it('says when to try again after too many attempts', () => {
    const said = describeProblem(
      'sign-in',
      failure(429, 'Too many failed sign-ins. Please wait 15 minute(s) and try again.'),
      now,
    );
    expect(said.message).toMatch(/Too many attempts/);
    expect(said.message).toMatch(/in about 15 minutes/);
    expect(describeProblem('sign-in', failure(429, 'Slow down'), now).message).toMatch(/a few minutes/);
  });

  it('offers signing in when the email is taken', () => {
    const said = describeProblem('sign-up', failure(409, 'User already exists. Use another email.'));
    expect(said.emailTaken).toBe(true);
  });

  it('ties a wrong password to its field', () => {
    expect(describeProblem('change-password', failure(400, 'Invalid password')).field).toBe('currentPassword');
    expect(describeProblem('delete', failure(400, 'Invalid password')).field).toBe('password');
    expect(describeProblem('sign-up', failure(400, 'Password too short')).field).toBe('password');
    expect(describeProblem('change-password', failure(400, 'Password too long')).field).toBe('newPassword');
    expect(describeProblem('sign-up', failure(400, 'Invalid email')).field).toBe('email');
  });

  it('tells a wrong sign-in apart from an ended session', () => {
    expect(describeProblem('sign-in', failure(401, 'Invalid email or password')).message).toMatch(/do not match/);
    expect(describeProblem('delete', failure(401, 'Please sign in')).signedOut).toBe(true);
  });

  it('falls back to the server words', () => {
    expect(describeProblem('sign-up', failure(400, 'Something odd')).message).toBe('Something odd');
    expect(describeProblem('sign-up', failure(500, 'boom')).message).toMatch(/on our side/);
    expect(describeProblem('sign-up', failure(403, 'Invalid origin')).message).toMatch(/Reload/);
  });

  it('reads a structured Retry-After when the client passes one on', () => {
    expect(retryAfterSeconds({ ...problem(429, 'x'), ...{ retryAfter: 90 } })).toBe(90);
    expect(retryAfterSeconds(problem(429, 'no number'))).toBeUndefined();
  });
});
