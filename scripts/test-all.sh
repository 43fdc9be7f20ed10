#!/usr/bin/env bash
# Everything CI runs, in order, stopping at the first failure: types, lint, unit tests, build + e2e.
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

current='npm run check'
step "$current"
npm run check

current='npm run lint'
step "$current"
npm run lint

current='vitest'
step 'npx vitest run'
npx vitest run

current='e2e (build + Playwright)'
step "$current"
bash scripts/e2e.sh

echo
echo 'test-all: OK (check, lint, unit, build, e2e all passed)'
