// `npm run bench:web`: Lighthouse (the npm package, mobile settings) against the built app
// served by the real server, using Debian's Chromium through CHROME_PATH. Median of 3 runs of
// each route: performance, accessibility, best practices, LCP and the route's JavaScript
// (transferred, gzipped). Targets: ≥ 95, 100, 100, LCP < 1.5 s, check route JS ≤ 100 KB.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureWebBuilt } from '../scripts/build-web.mjs';
import { startServer } from '../src/server/main.ts';

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }
  >;
};

const RUNS = Number(process.env.RUNS ?? 3);
const ROUTES = ['/', '/check'];
const FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

await ensureWebBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'unknot-lh-'));
chmodSync(dataDir, 0o755);
const port = 4900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const stop = await startServer({
  ...process.env,
  DATA_DIR: dataDir,
  PORT: String(port),
  LOG_LEVEL: 'silent',
  PUBLIC_URL: base,
});
const out = mkdtempSync(join(tmpdir(), 'unknot-lh-out-'));
mkdirSync(out, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

try {
  for (const route of ROUTES) {
    const runs: {
      perf: number;
      a11y: number;
      bp: number;
      lcp: number;
      fcp: number;
      tbt: number;
      si: number;
      js: number;
    }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const path = join(out, `report-${route.replace(/\W/g, '_')}-${i}`);
      // Asynchronous: the server runs in this process and must keep answering.
      await promisify(execFile)(
        process.execPath,
        [
          join('node_modules', 'lighthouse', 'cli', 'index.js'),
          `${base}${route}`,
          `--chrome-flags=${FLAGS}`,
          '--only-categories=performance,accessibility,best-practices',
          '--output=json',
          `--output-path=${path}.json`,
          '--quiet',
        ],
        { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } },
      );
      const report = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as Report;
      const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
      const metric = (k: string) => report.audits[k]?.numericValue ?? Number.NaN;
      const scripts = report.audits['resource-summary']?.details?.items?.find((x) => x.resourceType === 'script');
      runs.push({
        perf: score('performance'),
        a11y: score('accessibility'),
        bp: score('best-practices'),
        lcp: metric('largest-contentful-paint'),
        fcp: metric('first-contentful-paint'),
        tbt: metric('total-blocking-time'),
        si: metric('speed-index'),
        js: (scripts?.transferSize ?? 0) / 1024,
      });
    }
    const m = {
      perf: median(runs.map((r) => r.perf)),
      a11y: median(runs.map((r) => r.a11y)),
      bp: median(runs.map((r) => r.bp)),
      lcp: median(runs.map((r) => r.lcp)),
      fcp: median(runs.map((r) => r.fcp)),
      tbt: median(runs.map((r) => r.tbt)),
      si: median(runs.map((r) => r.si)),
      js: median(runs.map((r) => r.js)),
    };
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    process.stdout.write(
      [
        `${route} (median of ${RUNS}, Lighthouse mobile; runs: ${runs.map((r) => r.perf).join(', ')}):`,
        `  performance ${m.perf} (target ≥ 95: ${met(m.perf >= 95)}), accessibility ${m.a11y} (100: ${met(m.a11y === 100)}), best practices ${m.bp} (100: ${met(m.bp === 100)})`,
        `  FCP ${(m.fcp / 1000).toFixed(2)} s, speed index ${(m.si / 1000).toFixed(2)} s, total blocking time ${Math.round(m.tbt)} ms`,
        `  LCP ${(m.lcp / 1000).toFixed(2)} s (target < 1.5 s: ${met(m.lcp < 1500)}); JavaScript transferred ${m.js.toFixed(1)} KB (check route ≤ 100 KB: ${met(m.js <= 100)})`,
        '',
      ].join('\n'),
    );
  }
} finally {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
