// Serves the built web app (dist/web): hashed assets cached for a year, the service worker and
// the HTML never cached, and a Content-Security-Policy that allows only this origin.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const DEFAULT_WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web');

/** The web app's folder if it has been built, else undefined (the API still runs). */
export function builtWebDir(dir = DEFAULT_WEB_DIR): string | undefined {
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}

/**
 * Which HTML file answers a page path: the check has its own (scripts/page-html.mjs: the same
 * page, with the check's chunks preloaded) when the build wrote it; every other page gets
 * index.html. Worked out once, when the server starts.
 */
export function pageHtmlChooser(dir: string): (path: string) => string {
  const hasCheckHtml = existsSync(join(dir, 'check.html'));
  return (path) => (hasCheckHtml && (path === '/check' || path.startsWith('/check/')) ? 'check.html' : 'index.html');
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    index: 'index.html',
    // scripts/build-web.mjs writes .br and .gz beside each asset.
    preCompressed: true,
    // Our own cache rules below, not the plugin's default max-age=0.
    cacheControl: false,
    setHeaders(res, path) {
      const noCache =
        path.endsWith('.html') || path.endsWith('sw.js') || path.endsWith('.webmanifest') || path.includes('workbox-');
      res.setHeader(
        'cache-control',
        noCache
          ? 'no-cache'
          : path.includes('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=3600',
      );
    },
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) reply.header('content-security-policy', CSP);
    return payload;
  });
}
