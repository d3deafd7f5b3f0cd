#!/usr/bin/env bash
# The one test command (README): type-check, unit/property/integration tests with coverage,
# the public clinical vignettes through the real CLI, then the end-to-end browser tests.
# Prints "N passed, M failed" last.
set -uo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

status=0
step() { echo; echo "== $*"; }
count() { # report.json -> "passed failed"
  node -e '
    const fs = require("node:fs");
    try { const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
          const other = r.numTotalTests - r.numPassedTests - r.numFailedTests - r.numPendingTests - r.numTodoTests;
          console.log(r.numPassedTests, r.numFailedTests + other + (r.success === false && r.numFailedTests === 0 ? 1 : 0)); }
    catch { console.log(0, 1); }' "$1"
}

# Browser tests need Debian's Chromium (never a downloaded browser).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "installing chromium (apt)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || { echo "apt-get install chromium failed"; exit 1; }
  else
    echo "The end-to-end tests need Chromium: run 'sudo apt-get install chromium' (Debian/Ubuntu), then npm test again."
    exit 1
  fi
fi

# The clinician report's tests render PDFs with poppler (pdftoppm, pdftotext).
if [ ! -x /usr/bin/pdftoppm ] || [ ! -x /usr/bin/pdftotext ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "installing poppler-utils (apt)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null) || { echo "apt-get install poppler-utils failed"; exit 1; }
  else
    echo "The PDF report tests need poppler-utils: run 'sudo apt-get install poppler-utils' (Debian/Ubuntu), then npm test again."
    exit 1
  fi
fi

# The database suites also run on an external PostgreSQL (never skipped). Unset, the local server
# CI uses is taken when it answers; otherwise stop here with one line saying what to set.
LOCAL_TEST_DATABASE=postgres://postgres@127.0.0.1:5432/test
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if node -e '
    const { Client } = require("pg");
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));' "$LOCAL_TEST_DATABASE" 2>/dev/null; then
    export TEST_DATABASE_URL=$LOCAL_TEST_DATABASE
    echo "TEST_DATABASE_URL is not set: using the PostgreSQL at $LOCAL_TEST_DATABASE, which answers."
  else
    echo "The database tests also need a PostgreSQL server: set TEST_DATABASE_URL=postgres://user@host:port/db (or TEST_DATABASE_URL=off to use only the embedded one), then npm test again."
    exit 1
  fi
fi

step "type-check (tsc -b)"
npx tsc -b || status=1

step "unit, property, integration and CLI tests (vitest, with coverage gate)"
rm -f .vitest-report.json
npx vitest run --coverage --reporter=default --reporter=json --outputFile.json=.vitest-report.json || status=1
read -r vt_passed vt_failed < <(count .vitest-report.json)

step "diary and date tests again, far from UTC (TZ=Pacific/Kiritimati, UTC+14)"
rm -f .vitest-tz-report.json
TZ=Pacific/Kiritimati npx vitest run src/engine/diary src/web/diary src/web/trends src/web/storage --reporter=default --reporter=json --outputFile.json=.vitest-tz-report.json || status=1
read -r tz_passed tz_failed < <(count .vitest-tz-report.json)
vt_passed=$((vt_passed + tz_passed)); vt_failed=$((vt_failed + tz_failed))

step "clinical vignettes (../shared/vignettes/public.json via ./bin/unknot)"
vg_passed=0; vg_failed=0
vignettes=../shared/vignettes/public.json
if [ -f "$vignettes" ]; then
  out=$(node ../shared/tools/score-vignettes.mjs "$vignettes" --cli ./bin/unknot) || status=1
  echo "$out"
  line=$(echo "$out" | grep -E '^vignettes: [0-9]+ passed, [0-9]+ failed' | tail -1)
  vg_passed=$(echo "$line" | sed -E 's/^vignettes: ([0-9]+) passed.*/\1/')
  vg_failed=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  [ -n "$line" ] || { vg_failed=1; status=1; }
else
  echo "missing $vignettes: clone ../shared beside this repository"; vg_failed=1; status=1
fi

step "end-to-end tests (playwright-core + Debian chromium against the built app)"
rm -f .vitest-e2e-report.json
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.vitest-e2e-report.json || status=1
read -r e2e_passed e2e_failed < <(count .vitest-e2e-report.json)

echo
echo "tests: vitest ${vt_passed} passed, ${vt_failed} failed; vignettes ${vg_passed} passed, ${vg_failed} failed; e2e ${e2e_passed} passed, ${e2e_failed} failed"
echo "total: $((vt_passed + vg_passed + e2e_passed)) passed, $((vt_failed + vg_failed + e2e_failed)) failed"
exit $status
