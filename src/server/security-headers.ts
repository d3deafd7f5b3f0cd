// Response headers that protect every answer: no sniffing, no framing, no referrer; on /api, a
// Content-Security-Policy that allows nothing (the API sends data, never pages) and no caching of
// anything that may carry a person's health data; HSTS when the app is served over https.
// The web app's own CSP and cache rules are in web-app.ts.

/** For JSON and problem answers: nothing may load, run, frame or submit anything. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The one inline <style> swagger-ui inserts (its logo SVG's fill colours), allowed by its hash
 * rather than by 'unsafe-inline'. It belongs to the pinned @fastify/swagger-ui; the docs page's
 * browser test (e2e/api-docs.spec.ts) fails on any CSP violation if an upgrade changes it.
 */
const SWAGGER_UI_LOGO_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

/**
 * For the OpenAPI browser at /api/docs (swagger-ui): its own scripts, styles and images from this
 * origin, the document fetched from this origin, and nothing else inline, framed or submitted.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${SWAGGER_UI_LOGO_STYLE}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const HSTS = 'max-age=31536000; includeSubDomains';

const DOCS = '/api/docs';
/** swagger-ui's files are the same for everyone: the only /api answers that may be cached. */
const DOCS_ASSETS = `${DOCS}/static/`;

/** The headers for an answer to this path (without its query string). */
export function securityHeaders(path: string, https: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
  if (https) headers['strict-transport-security'] = HSTS;
  if (path === '/api' || path.startsWith('/api/')) {
    const docs = path === DOCS || path.startsWith(`${DOCS}/`);
    headers['content-security-policy'] = docs ? DOCS_CSP : API_CSP;
    if (!path.startsWith(DOCS_ASSETS)) headers['cache-control'] = 'no-store';
  }
  return headers;
}
