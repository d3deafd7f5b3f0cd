// Builds the web app into dist/web with Vite when it is missing or older than its sources, so
// `npm start` always serves the current app. `node scripts/build-web.mjs --force` rebuilds.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePageHtml } from './page-html.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const webIndex = join(root, 'dist', 'web', 'index.html');
const inputs = [
  'src/web',
  'src/knowledge',
  'src/engine',
  'src/contract',
  'public',
  'index.html',
  'vite.config.ts',
  'scripts/icons.mjs',
  'scripts/page-html.mjs',
  'package.json',
];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) {
    if (entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

export function isWebFresh() {
  try {
    const built = statSync(webIndex).mtimeMs;
    return inputs.every((input) => newest(join(root, input)) <= built);
  } catch {
    return false;
  }
}

export async function buildWeb() {
  const { build } = await import('vite');
  // Always a production build: under Vitest (the e2e setup) NODE_ENV is 'test', which would make
  // Vite bundle React's development build (about twice the size).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writePageHtml(join(root, 'dist', 'web'));
  await precompress(join(root, 'dist', 'web'));
}

/** Writes .br and .gz beside every text asset, so the server sends them without compressing per request. */
async function precompress(dir) {
  const { brotliCompressSync, gzipSync, constants } = await import('node:zlib');
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await precompress(path);
    else if (/\.(js|css|html|svg|webmanifest|json)$/.test(entry.name)) {
      const data = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
    }
  }
}

export async function ensureWebBuilt() {
  if (isWebFresh()) return false;
  process.stderr.write('unknot: building the web app (dist/web)…\n');
  await buildWeb();
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--force') || !isWebFresh()) await buildWeb();
}
