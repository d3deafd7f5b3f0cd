import { describe, expect, it } from 'vitest';
import { currentPasswordError, emailError, nameFor, newPasswordError } from './validate.ts';

describe('account form checks', () => {
  it('asks for an email address in a usable form', () => {
    expect(emailError('')).toMatch(/Enter your email/);
    expect(emailError('ann')).toMatch(/name@example.com/);
    expect(emailError(' ann@example.org ')).toBeUndefined();
  });

  it('wants new passwords of 10 to 200 characters and says how long this one is', () => {
    expect(newPasswordError('')).toBe('Choose a password.');
    expect(newPasswordError('short')).toBe('Use at least 10 characters. This one has 5.');
    expect(newPasswordError('a'.repeat(10))).toBeUndefined();
    expect(newPasswordError('a'.repeat(201))).toMatch(/at most 200/);
  });

  it('only asks that a current password is typed', () => {
    expect(currentPasswordError('')).toBe('Enter your password.');
    expect(currentPasswordError('', 'your current password')).toBe('Enter your current password.');
    expect(currentPasswordError('x')).toBeUndefined();
  });

  it('uses the part of the email before the @ when no name is given', () => {
    expect(nameFor('  Ann ', 'a@example.org')).toBe('Ann');
    expect(nameFor('', ' ann.lee@example.org')).toBe('ann.lee');
    expect(nameFor(' ', '@example.org')).toBe('@example.org');
  });
});
