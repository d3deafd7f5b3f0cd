#!/usr/bin/env bash
# The one test command (README): type-check, unit/property/integration tests with coverage,
# then the public clinical vignettes through the real CLI. Prints "N passed, M failed" last.
set -uo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

status=0
step() { echo; echo "== $*"; }

step "type-check (tsc -b)"
npx tsc -b || status=1

step "unit, property and CLI tests (vitest, with coverage gate)"
report=.vitest-report.json
rm -f "$report"
npx vitest run --coverage --reporter=default --reporter=json --outputFile.json="$report" || status=1
read -r vt_passed vt_failed < <(node -e '
  const fs = require("node:fs");
  try { const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
        console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTests - r.numPassedTests - r.numFailedTests - r.numPendingTests - r.numTodoTests)); }
  catch { console.log(0, 1); }' "$report")

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

echo
echo "tests: vitest ${vt_passed} passed, ${vt_failed} failed; vignettes ${vg_passed} passed, ${vg_failed} failed"
echo "total: $((vt_passed + vg_passed)) passed, $((vt_failed + vg_failed)) failed"
exit $status
