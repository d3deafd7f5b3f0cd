// Every network call of the web app goes through here. Errors are RFC 9457 problem details
// (docs/errors.md); a network failure is reported as `offline`. Answers are typed by the
// contract's response schemas (type-only: no Zod in the bundle; the server's tests check that
// every answer matches its schema).
import type { AccountUser, ProblemDetails, SessionAnswer } from '#contract';

/** A problem as the app shows it: the server's (ProblemDetailsSchema), or one made here when offline. */
export type Problem = Pick<ProblemDetails, 'status' | 'title' | 'detail'> &
  Partial<Pick<ProblemDetails, 'code' | 'errors'>> & {
    /** Seconds to wait before trying again (from Retry-After, on 429). */
    retryAfter?: number;
  };

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; problem: Problem; offline: boolean };

async function call<T>(
  method: string,
  url: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? extraHeaders : { 'content-type': 'application/json', ...extraHeaders },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      offline: true,
      problem: { status: 0, title: 'You seem to be offline', detail: 'Check your connection and try again.' },
    };
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a captive portal, a proxy's error page): treat it as a failed request below.
    if (response.ok) {
      return {
        ok: false,
        status: response.status,
        offline: true,
        problem: {
          status: response.status,
          title: 'The connection is not working',
          detail: 'The answer was not from Unknot. Check your connection and try again.',
        },
      };
    }
  }
  if (response.ok) return { ok: true, status: response.status, data: json as T };
  const problem = (json ?? {}) as Partial<Problem>;
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    status: response.status,
    offline: false,
    problem: {
      status: response.status,
      title: problem.title ?? 'Something went wrong',
      detail: problem.detail ?? 'Please try again.',
      ...(problem.code ? { code: problem.code } : {}),
      ...(problem.errors ? { errors: problem.errors } : {}),
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
    },
  };
}

export const api = {
  get: <T>(url: string) => call<T>('GET', url),
  post: <T>(url: string, body: unknown = {}) => call<T>('POST', url, body),
  /**
   * A POST that creates something, with an idempotency key made once per thing to create (and
   * sent again on every retry): the server stores it once however often it arrives.
   */
  create: <T>(url: string, body: unknown, idempotencyKey: string) =>
    call<T>('POST', url, body, { 'idempotency-key': idempotencyKey }),
  put: <T>(url: string, body: unknown) => call<T>('PUT', url, body),
  delete: <T>(url: string, body?: unknown) => call<T>('DELETE', url, body),
};

/** The parts of the signed-in account the app uses. */
export type SessionUser = Pick<AccountUser, 'id' | 'email' | 'name'>;

/** The signed-in user, or null (also when offline). */
export async function currentUser(): Promise<SessionUser | null> {
  const r = await api.get<SessionAnswer>('/api/auth/get-session');
  return r.ok && r.data ? r.data.user : null;
}
