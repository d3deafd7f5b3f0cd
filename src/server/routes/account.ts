// /api/auth: the account routes, forwarded to better-auth by auth.ts. The actions the web app uses
// are registered one by one with their schemas, so the OpenAPI document shows them; every other
// better-auth path goes through the catch-all, which the document hides.
import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import {
  ChangePasswordAnswerSchema,
  ChangePasswordBodySchema,
  DeleteUserBodySchema,
  SessionAnswerSchema,
  SignInAnswerSchema,
  SignInBodySchema,
  SignOutBodySchema,
  SignUpAnswerSchema,
  SignUpBodySchema,
  SuccessAnswerSchema,
} from '#contract';
import { responses, SESSION } from './responses.ts';

/**
 * The account actions the web app uses, documented in the OpenAPI document with their schemas
 * (src/contract/account.ts). Each is the same forwarding handler as the catch-all below: the
 * schemas describe what better-auth takes and answers, and better-auth checks the bodies itself,
 * so they are not validated here (the answers, and their problems, stay better-auth's).
 */
const ACCOUNT_ROUTES = [
  {
    method: 'POST',
    url: '/api/auth/sign-up/email',
    summary: 'Create an account (does not sign in)',
    body: SignUpBodySchema,
    answer: SignUpAnswerSchema,
  },
  {
    method: 'POST',
    url: '/api/auth/sign-in/email',
    summary: 'Sign in; sets the session cookie (failed sign-ins are throttled)',
    body: SignInBodySchema,
    answer: SignInAnswerSchema,
    problems: [401, 429],
  },
  {
    method: 'GET',
    url: '/api/auth/get-session',
    summary: 'Who is signed in (null when no one is)',
    answer: SessionAnswerSchema,
  },
  {
    method: 'POST',
    url: '/api/auth/sign-out',
    summary: 'Sign out: ends this session',
    body: SignOutBodySchema,
    answer: SuccessAnswerSchema.describe('Signed out; the session cookie is cleared.'),
    signedIn: true,
  },
  {
    method: 'POST',
    url: '/api/auth/change-password',
    summary: 'Change the password (optionally signing out everywhere else)',
    body: ChangePasswordBodySchema,
    answer: ChangePasswordAnswerSchema,
    signedIn: true,
  },
  {
    method: 'POST',
    url: '/api/auth/delete-user',
    summary: 'Delete the account and everything in it (needs the password)',
    body: DeleteUserBodySchema,
    answer: SuccessAnswerSchema.describe('The account and all its data are deleted.'),
    signedIn: true,
  },
] as const;

/** Accepts any body as sent: better-auth validates its own. */
const asSent = () => (value: unknown) => ({ value });

/** The account routes, each answered by `forward` (auth.ts: the throttle, then better-auth). */
export function accountRoutes(app: FastifyInstance, forward: RouteHandlerMethod): void {
  for (const route of ACCOUNT_ROUTES) {
    app.route({
      method: route.method,
      url: route.url,
      validatorCompiler: asSent,
      schema: {
        tags: ['account'],
        summary: route.summary,
        ...('body' in route ? { body: route.body } : {}),
        ...('signedIn' in route ? { security: SESSION } : {}),
        response: responses({ 200: route.answer }, 'problems' in route ? route.problems : []),
      },
      handler: forward,
    });
  }
  // Every other better-auth path (and these paths with other methods, or spelled otherwise).
  app.route({ method: ['GET', 'POST'], url: '/api/auth/*', schema: { hide: true }, handler: forward });
}
