// The account routes under /api/auth (better-auth 1.7, email and password), as Unknot uses them:
// what each takes and answers. better-auth checks the bodies itself; these schemas document them
// (the OpenAPI document, the fuzz suite) and type the web client. The session token is never in
// an answer, get-session's included: it lives in the HttpOnly cookie (src/server/auth.ts).
import { z } from 'zod';

export const AccountUserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    image: z.string().nullable().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AccountUser' });
export type AccountUser = z.output<typeof AccountUserSchema>;

export const AccountSessionSchema = z.object({
  id: z.string(),
  userId: z.string(),
  expiresAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  ipAddress: z.string().nullable().optional(),
  userAgent: z.string().nullable().optional(),
});

const email = z.email().max(254);
const newPassword = z.string().min(10).max(200).describe('10 to 200 characters, not easy to guess');

export const SignUpBodySchema = z
  .object({ name: z.string().max(200), email, password: newPassword })
  .describe('A new account. It does not sign in: sign in next.');
export const SignUpAnswerSchema = z
  .object({ user: AccountUserSchema })
  .describe('The account (for an email that already has one, the same answer: sign-up does not tell).');

export const SignInBodySchema = z
  .object({ email, password: z.string().min(1).max(200), rememberMe: z.boolean().optional() })
  .describe('Sign in with email and password; the session is set as an HttpOnly cookie.');
export const SignInAnswerSchema = z
  .object({ redirect: z.boolean(), url: z.string().optional(), user: AccountUserSchema })
  .describe('Signed in: the session cookie is set.');

export const SessionAnswerSchema = z
  .object({ session: AccountSessionSchema, user: AccountUserSchema })
  .nullable()
  .describe('The session and its user, or null when not signed in.');
export type SessionAnswer = z.output<typeof SessionAnswerSchema>;

export const SignOutBodySchema = z.object({}).describe('Nothing: the session is the cookie’s.');
export const SuccessAnswerSchema = z.object({ success: z.boolean(), message: z.string().optional() });

export const ChangePasswordBodySchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword,
    /** Sign out everywhere else. */
    revokeOtherSessions: z.boolean().optional(),
  })
  .describe('A new password, given the current one.');
export const ChangePasswordAnswerSchema = z.object({ user: AccountUserSchema }).describe('The password is changed.');

export const DeleteUserBodySchema = z
  .object({ password: z.string().min(1).max(200) })
  .describe('The password, always: deleting the account deletes the diary and every saved check.');
