// Accounts through better-auth (email and password; scrypt hashes; HttpOnly SameSite cookies;
// sessions in PostgreSQL). Mounted at /api/auth/* with a sign-in throttle in front of it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import type { Db } from './db/client.ts';
import * as schema from './db/schema.ts';
import { ERRORS, type ErrorCode, HttpProblem, problemBody, sendProblem } from './errors.ts';
import { weakPasswordReason } from './password-strength.ts';
import { accountRoutes } from './routes/account.ts';
import {
  accountDigest,
  clearAccount,
  DEVICE_COOKIE,
  deviceCookie,
  forgetAccount,
  knownDevice,
  recordAttempt,
  retryAfterSeconds,
  throttleKeys,
} from './sign-in-throttle.ts';

export type AuthOptions = {
  readonly db: Db;
  readonly secret: string;
  readonly publicUrl: string;
};

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
    // Sign-up never signs in (the client signs in next): better-auth then answers a sign-up for an
    // email that already has an account exactly like a new one (200, a made-up user, the password
    // hashed for the same time), so sign-up does not reveal who has an account.
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 200, autoSignIn: false },
    user: {
      deleteUser: {
        enabled: true,
        // Nothing of a deleted person stays: their failed sign-ins (keyed by their email's digest) go too.
        afterDelete: async (deleted) => forgetAccount(db, deleted.email),
      },
    },
    // Unknot throttles sign-in itself (per account and per address, in the database).
    rateLimit: { enabled: false },
    advanced: { useSecureCookies: publicUrl.startsWith('https://') },
    telemetry: { enabled: false },
    logger: { disabled: true },
    // Unexpected errors are thrown to Fastify's error handler, which logs them without personal
    // data (safe-error.ts); otherwise better-call prints them, parameters and all, to stderr.
    onAPIError: { throw: true },
  });
}
export type Auth = ReturnType<typeof createAuth>;

/** Who is signed in: the request's user id, or undefined. */
export type SessionReader = (request: FastifyRequest) => Promise<string | undefined>;

/**
 * Reads the session straight from PostgreSQL: the cookie carries better-auth's random session
 * token and its signature. The signature is checked first, exactly as better-auth checks it
 * (better-call's signed cookie: `token.base64(HMAC-SHA256(secret, token))`), so an unsigned,
 * forged or malformed cookie never reaches the database and simply means "not signed in". Then
 * one indexed lookup of an unexpired session is the check. This costs ~0.2 ms, against ~1 ms for
 * better-auth's getSession, and sign-out or account deletion takes effect at once.
 */
export function sessionReader(pool: Pool, secret: string, secureCookies: boolean): SessionReader {
  const name = `${secureCookies ? '__Secure-' : ''}better-auth.session_token`;
  return async (request) => {
    const token = verifiedToken(cookieValue(request.headers.cookie, name), secret);
    if (token === undefined) return undefined;
    const { rows } = await pool.query<{ user_id: string }>({
      name: 'unknot-session-user',
      text: 'select user_id from session where token = $1 and expires_at > now()',
      values: [token],
    });
    return rows[0]?.user_id;
  };
}

/** A base64 HMAC-SHA256: 32 bytes, 44 characters with one `=` of padding (as better-call requires). */
const SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;
/** Session tokens are short printable ASCII; anything else (NUL, control characters) is not ours. */
const TOKEN = /^[\x21-\x7e]{1,255}$/;

/** The token of a correctly signed cookie value, else undefined. */
export function verifiedToken(value: string | undefined, secret: string): string | undefined {
  if (!value) return undefined;
  const dot = value.lastIndexOf('.');
  if (dot < 1) return undefined;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (!TOKEN.test(token) || !SIGNATURE.test(signature)) return undefined;
  const expected = createHmac('sha256', secret).update(token).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'base64')) ? token : undefined;
}

/** The first cookie of this name, decoded as better-call decodes it; undefined when malformed. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      let value = part.slice(eq + 1).trim();
      if (value.startsWith('"')) value = value.slice(1, -1);
      try {
        return value.includes('%') ? decodeURIComponent(value) : value;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by the `signedIn` hook on routes that need an account. */
    userId: string;
  }
}

/** An onRequest hook: runs before the body is read, so anonymous callers always get 401. */
export function signedIn(readSession: SessionReader) {
  return async (request: FastifyRequest): Promise<void> => {
    const id = await readSession(request);
    if (!id) throw new HttpProblem('APP_ERR_UNAUTHENTICATED', 'Sign in to use your diary and saved checks.');
    request.userId = id;
  };
}

const SIGN_IN = '/api/auth/sign-in/email';
const SIGN_UP = '/api/auth/sign-up/email';
const DELETE_USER = '/api/auth/delete-user';
/** Where a new password is chosen, and the body field that holds it. */
const NEW_PASSWORD_FIELD: Record<string, string> = {
  [SIGN_UP]: 'password',
  '/api/auth/change-password': 'newPassword',
  '/api/auth/reset-password': 'newPassword',
};

/**
 * What the routes check before better-auth sees the request: a new password must not be easy to
 * guess, and deleting an account always needs the password (better-auth would accept a session
 * younger than a day without one, so a borrowed unlocked phone could delete the diary).
 */
function checkBeforeAuth(path: string, body: Record<string, unknown> | undefined): void {
  const field = NEW_PASSWORD_FIELD[path];
  const password = field ? body?.[field] : undefined;
  if (field && typeof password === 'string') {
    const inputs = [body?.email, body?.name].filter((v): v is string => typeof v === 'string');
    const reason = weakPasswordReason(password, inputs);
    if (reason)
      throw new HttpProblem('APP_ERR_VALIDATION', reason, {
        errors: [{ path: field, location: 'body', message: 'is too easy to guess' }],
      });
  }
  if (path === DELETE_USER && (typeof body?.password !== 'string' || body.password === ''))
    throw new HttpProblem('APP_ERR_VALIDATION', 'Enter your password to delete your account.', {
      errors: [{ path: 'password', location: 'body', message: 'is required' }],
    });
}

export function mountAuth(app: FastifyInstance, auth: Auth, db: Db, now: () => Date, publicUrl: string): void {
  const secureCookies = publicUrl.startsWith('https://');
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    // The throttle and better-auth must see the same path: normalise dot segments and
    // repeated slashes once, and forward exactly that URL.
    const url = new URL(request.url, publicUrl);
    url.pathname = url.pathname.replace(/\/{2,}/g, '/');
    const path = url.pathname;
    const body = request.body as Record<string, unknown> | undefined;
    if (request.method === 'POST') checkBeforeAuth(path, body);
    const email = typeof body?.email === 'string' ? body.email : undefined;
    const { secret } = await auth.$context;
    const device = email
      ? knownDevice(cookieValue(request.headers.cookie, DEVICE_COOKIE), secret, accountDigest(email))
      : undefined;
    const keys = throttleKeys(email, request.ip, device);
    const signingIn = request.method === 'POST' && path === SIGN_IN;
    // Record the attempt before checking, so that parallel attempts count against each other.
    const attempt = signingIn ? await recordAttempt(db, keys, now()) : undefined;
    if (attempt) {
      const wait = await retryAfterSeconds(db, keys, attempt.at);
      if (wait > 0) {
        await attempt.forget();
        return sendProblem(
          reply,
          problemBody(
            'APP_ERR_RATE_LIMITED',
            `Too many failed sign-ins. Please wait ${Math.ceil(wait / 60)} minute(s) and try again.`,
            path,
          ),
          { 'retry-after': String(wait) },
        );
      }
    }
    const response = await auth.handler(
      new Request(url, {
        method: request.method,
        headers: fetchHeaders(request.headers),
        ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      }),
    );
    if (attempt) {
      // A wrong password keeps the recorded attempt; anything else forgets it.
      if (response.status !== 401) await attempt.forget();
      if (response.ok) await clearAccount(db, keys);
    }
    const text = response.body ? await response.text() : null;
    if (!response.ok) {
      // better-auth's errors become problem details like every other error of the API.
      const code = authErrorCode(response.status);
      return sendProblem(reply, problemBody(code, authMessage(text, code), path));
    }
    reply.status(response.status);
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
    });
    const cookies = response.headers.getSetCookie();
    // A browser that signed in is a known device of the account from now on: the account's
    // sign-in throttle no longer applies to it (sign-in-throttle.ts). Not on sign-up, which
    // anyone can send for any email.
    if (email && request.method === 'POST' && path === SIGN_IN)
      cookies.push(deviceCookie(secret, accountDigest(email), secureCookies, device));
    if (cookies.length > 0) reply.header('set-cookie', cookies);
    return reply.send(withoutToken(text));
  };
  accountRoutes(app, handler);
}

/**
 * The JSON answer without the session token: the session lives in the HttpOnly cookie only, so
 * script on the page (or a log of response bodies) never sees it.
 */
function withoutToken(text: string | null): string | null {
  if (!text?.includes('"token"')) return text;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return text;
    const { token: _token, ...rest } = parsed as Record<string, unknown>;
    // get-session answers { session: { token, … }, user }: the token goes there too.
    const session = rest.session;
    if (typeof session === 'object' && session !== null && !Array.isArray(session) && 'token' in session) {
      const { token: _sessionToken, ...sessionRest } = session as Record<string, unknown>;
      rest.session = sessionRest;
    }
    return JSON.stringify(rest);
  } catch {
    return text;
  }
}

/** The request's headers for better-auth; a value fetch's Headers refuses (a NUL byte) is a 400. */
function fetchHeaders(headers: FastifyRequest['headers']): Headers {
  try {
    return fromNodeHeaders(headers);
  } catch {
    throw new HttpProblem(
      'APP_ERR_BAD_REQUEST',
      'A request header holds a character headers may not contain (such as NUL).',
    );
  }
}

function authMessage(text: string | null, code: ErrorCode): string {
  try {
    const parsed = JSON.parse(text ?? '') as { message?: unknown };
    if (typeof parsed.message === 'string' && parsed.message !== '' && code !== 'APP_ERR_INTERNAL')
      return parsed.message;
  } catch {
    // not JSON: fall back to the catalogue's words
  }
  return code === 'APP_ERR_NOT_FOUND' ? 'There is no such account action.' : ERRORS[code].title;
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
