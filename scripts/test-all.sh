#!/usr/bin/env bash
# Everything CI runs, in order, stopping at the first failure: types, lint, unit tests, build + e2e in Chromium, the
# core path in WebKit and Firefox, performance.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }
current=''
trap 'status=$?; if [[ $status -ne 0 ]]; then echo; echo "test-all: FAILED at: ${current}"; fi' EXIT

current='npm ci'
if [[ ! -d node_modules || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  step 'npm ci (dependencies missing or out of date)'
  npm ci
fi

# System packages first (Chromium, Chinese fonts, the PDF tools the unit tests read PDFs with): a bare machine
# gets them with one apt-get run as root, anything else is told exactly what to install.
current='system packages (scripts/find-chromium.sh)'
step "$current"
PW_CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
export PW_CHROMIUM_PATH

current='npm run check'
step "$current"
npm run check

current='npm run lint'
step "$current"
npm run lint

logs="$(mktemp -d)"
current='vitest'
step 'npx vitest run'
npx vitest run 2>&1 | tee "$logs/unit.log"

current='e2e (build + Playwright)'
step "$current"
bash scripts/e2e.sh 2>&1 | tee "$logs/e2e.log"

# Each screen's core again in WebKit (Safari's and every iPhone browser's engine) and Firefox, on the same build: a
# failure names the engine and the screen (tests/engines/).
current='other engines (scripts/engines.sh: WebKit, Firefox)'
step "$current"
bash scripts/engines.sh --no-build 2>&1 | tee "$logs/engines.log"

# The speed figures on the build e2e just made: first-route JavaScript ≤ 75 KB gzip, nothing leaves the origin, and
# Lighthouse (median of 5 runs, mobile, CPU slowdown calibrated to the host) performance ≥ 95, accessibility and
# best practices 100; a SvelteKit starter is measured beside it for scale. The precache size is checked with the
# build (tests/unit/build-output.test.ts).
current='perf (scripts/perf/check.mjs)'
step "$current"
node scripts/perf/check.mjs

# One plain closing line with the counts, for people and for CI's log reader.
strip() { sed -E 's/\x1b\[[0-9;]*m//g' "$1"; }
unit_passed="$(strip "$logs/unit.log" | sed -nE 's/^ *Tests +([0-9]+) passed.*/\1/p' | tail -1)"
e2e_passed="$(strip "$logs/e2e.log" | sed -nE 's/^ *([0-9]+) passed \(.*/\1/p' | tail -1)"
engines_passed="$(strip "$logs/engines.log" | sed -nE 's/^ *Tests +([0-9]+) passed.*/\1/p' | tail -1)"
rm -rf "$logs"
echo
echo 'test-all: OK (check, lint, unit, build, e2e, WebKit and Firefox, and perf all passed)'
echo "tests: $(( ${unit_passed:-0} + ${e2e_passed:-0} + ${engines_passed:-0} )) passed, 0 failed"
