// Accounts through better-auth (email and password; scrypt hashes; HttpOnly SameSite cookies;
// sessions in PostgreSQL). Mounted at /api/auth/* with a sign-in throttle in front of it.
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from './db/client.ts';
import * as schema from './db/schema.ts';
import { type ErrorCode, HttpProblem, problemBody, sendProblem } from './errors.ts';
import { clearAccount, recordFailure, retryAfterSeconds, throttleKeys } from './sign-in-throttle.ts';

export type AuthOptions = { readonly db: Db; readonly secret: string; readonly publicUrl: string };

export function createAuth({ db, secret, publicUrl }: AuthOptions) {
  return betterAuth({
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
      },
    }),
    secret,
    baseURL: publicUrl,
    basePath: '/api/auth',
    trustedOrigins: [publicUrl],
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 200 },
    user: { deleteUser: { enabled: true } },
    // Unknot throttles sign-in itself (per account and per address, in the database).
    rateLimit: { enabled: false },
    advanced: { useSecureCookies: publicUrl.startsWith('https://') },
    telemetry: { enabled: false },
    logger: { disabled: true },
  });
}
export type Auth = ReturnType<typeof createAuth>;

/** The signed-in user's id, or undefined. */
export async function sessionUserId(auth: Auth, request: FastifyRequest): Promise<string | undefined> {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  return session?.user.id;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by the `signedIn` hook on routes that need an account. */
    userId: string;
  }
}

/** An onRequest hook: runs before the body is read, so anonymous callers always get 401. */
export function signedIn(auth: Auth) {
  return async (request: FastifyRequest): Promise<void> => {
    const id = await sessionUserId(auth, request);
    if (!id) throw new HttpProblem('APP_ERR_UNAUTHENTICATED', 'Sign in to use your diary and saved checks.');
    request.userId = id;
  };
}

const SIGN_IN = '/api/auth/sign-in/email';

export function mountAuth(app: FastifyInstance, auth: Auth, db: Db, now: () => Date, publicUrl: string): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    async handler(request, reply) {
      const path = request.url.split('?')[0];
      const body = request.body as Record<string, unknown> | undefined;
      const keys = throttleKeys(typeof body?.email === 'string' ? body.email : undefined, request.ip);
      const signingIn = request.method === 'POST' && path === SIGN_IN;
      if (signingIn) {
        const wait = await retryAfterSeconds(db, keys, now());
        if (wait > 0) {
          return sendProblem(
            reply,
            problemBody(
              'APP_ERR_RATE_LIMITED',
              `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute(s), or reset your password.`,
              path,
            ),
            { 'retry-after': String(wait) },
          );
        }
      }
      const response = await auth.handler(
        new Request(new URL(request.url, publicUrl), {
          method: request.method,
          headers: fromNodeHeaders(request.headers),
          ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
        }),
      );
      if (signingIn) {
        if (response.status === 401) await recordFailure(db, keys, now());
        else if (response.ok) await clearAccount(db, keys);
      }
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      const text = response.body ? await response.text() : null;
      if (!response.ok && text !== null && (response.headers.get('content-type') ?? '').includes('json')) {
        // Turn better-auth's errors into problem details like every other error of the API.
        const parsed = JSON.parse(text) as { message?: string };
        const code = authErrorCode(response.status);
        return sendProblem(reply, problemBody(code, parsed.message ?? 'The request could not be completed.', path));
      }
      return reply.send(text);
    },
  });
}

/** better-auth's statuses in Unknot's error catalogue (an existing email is a 409 conflict). */
function authErrorCode(status: number): ErrorCode {
  if (status === 401) return 'APP_ERR_UNAUTHENTICATED';
  if (status === 403) return 'APP_ERR_FORBIDDEN';
  if (status === 404) return 'APP_ERR_NOT_FOUND';
  if (status === 409 || status === 422) return 'APP_ERR_CONFLICT';
  if (status === 429) return 'APP_ERR_RATE_LIMITED';
  if (status >= 500) return 'APP_ERR_INTERNAL';
  return 'APP_ERR_VALIDATION';
}
