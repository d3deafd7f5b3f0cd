import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePageHtml } from '../../scripts/page-html.mjs';
import { pageHtmlChooser } from './web-app.ts';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsxRuntime-B.js">
  </head>
  <body><div id="root"></div></body>
</html>
`;

/** A build's manifest: the check imports the runtime (already in index.html) and two chunks. */
const MANIFEST = {
  'index.html': { file: 'assets/index-A.js', isEntry: true, imports: ['_jsxRuntime.js'] },
  '_jsxRuntime.js': { file: 'assets/jsxRuntime-B.js' },
  '_engine.js': { file: 'assets/engine-C.js', imports: ['_jsxRuntime.js', '_codes.js'] },
  '_codes.js': { file: 'assets/codes-D.js' },
  'src/web/check/CheckFlow.tsx': {
    file: 'assets/CheckFlow-E.js',
    isDynamicEntry: true,
    imports: ['_jsxRuntime.js', '_engine.js', '_codes.js'],
    dynamicImports: ['src/web/check/Result.tsx'],
  },
  'src/web/check/Result.tsx': { file: 'assets/Result-F.js', isDynamicEntry: true },
};

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function builtWebDir(manifest: object | undefined): string {
  dir = mkdtempSync(join(tmpdir(), 'unknot-web-'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  if (manifest) {
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  }
  return dir;
}

describe('check.html (scripts/page-html.mjs)', () => {
  it("preloads the check's chunks, dependencies first, and not what index.html already loads", () => {
    const web = builtWebDir(MANIFEST);
    writePageHtml(web);
    const html = readFileSync(join(web, 'check.html'), 'utf8');
    const preloaded = [...html.matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)].map((m) => m[1]);
    expect(preloaded).toEqual([
      '/assets/jsxRuntime-B.js',
      '/assets/codes-D.js',
      '/assets/engine-C.js',
      '/assets/CheckFlow-E.js',
    ]);
    // The result loads on demand; the rest of the page is index.html's.
    expect(html).not.toContain('Result-F.js');
    expect(
      html.replace(/\s*<link rel="modulepreload" crossorigin href="\/assets\/(codes|engine|CheckFlow)[^>]+>/g, ''),
    ).toBe(INDEX.replace(/\s*<\/head>/, '\n  </head>'));
    // The manifest is not left where the server or the service worker would hand it out.
    expect(() => readFileSync(join(web, '.vite', 'manifest.json'))).toThrow();
  });

  it('fails the build when the manifest is missing or has no check chunk', () => {
    expect(() => writePageHtml(builtWebDir(undefined))).toThrow(/no Vite manifest/);
    rmSync(dir, { recursive: true, force: true });
    expect(() => writePageHtml(builtWebDir({ 'index.html': MANIFEST['index.html'] }))).toThrow(
      /CheckFlow.tsx is not a chunk/,
    );
  });
});

describe('pageHtmlChooser', () => {
  it("answers the check's paths with check.html when it was built, every other page with index.html", () => {
    const web = builtWebDir(undefined);
    const without = pageHtmlChooser(web);
    expect(without('/check')).toBe('index.html');
    writeFileSync(join(web, 'check.html'), INDEX);
    const choose = pageHtmlChooser(web);
    expect(['/check', '/check/emergency', '/check/result'].map(choose)).toEqual(Array(3).fill('check.html'));
    expect(['/', '/checks', '/checks/abc', '/diary', '/checkout'].map(choose)).toEqual(Array(5).fill('index.html'));
  });
});
