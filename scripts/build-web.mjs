// Builds the web app into dist/web with Vite when it is missing or older than its sources, so
// `npm start` always serves the current app. `node scripts/build-web.mjs --force` rebuilds.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
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
