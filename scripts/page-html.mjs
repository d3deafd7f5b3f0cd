// Pages opened directly (a bookmark, the home-screen "Check" shortcut, a reload) start faster when
// their HTML names their code: the browser fetches the page's chunks alongside the app shell
// instead of after it. From Vite's manifest, this writes <page>.html beside index.html with a
// <link rel="modulepreload"> for each chunk the page's module needs; the server sends it for the
// page's paths (src/server/web-app.ts). The manifest is then removed: nothing serves or caches it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page HTML files: name, and the module whose chunks it preloads. Keep in step with web-app.ts. */
export const PAGE_HTML = [{ file: 'check.html', module: 'src/web/check/CheckFlow.tsx' }];

/** `key`'s chunk and every chunk it imports statically, in load order (dependencies first). */
function chunksOf(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return [];
  seen.add(key);
  return [...(entry.imports ?? []).flatMap((k) => chunksOf(manifest, k, seen)), entry.file];
}

export function writePageHtml(webDir) {
  const manifestPath = join(webDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no Vite manifest at ${manifestPath}: is build.manifest on?`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const index = readFileSync(join(webDir, 'index.html'), 'utf8');
  for (const { file, module } of PAGE_HTML) {
    if (!manifest[module]) throw new Error(`${module} is not a chunk in the Vite manifest`);
    const links = chunksOf(manifest, module)
      .filter((chunk) => !index.includes(`/${chunk}"`))
      .map((chunk) => `    <link rel="modulepreload" crossorigin href="/${chunk}">\n`)
      .join('');
    if (!index.includes('</head>')) throw new Error('index.html has no </head>');
    writeFileSync(join(webDir, file), index.replace('</head>', `\n${links}  </head>`));
  }
  rmSync(join(webDir, '.vite'), { recursive: true, force: true });
}
