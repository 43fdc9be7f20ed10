#!/usr/bin/env bash
# Builds the app and runs the Playwright suite against `vite preview` (127.0.0.1:4173) in a local Chromium.
#   scripts/e2e.sh [playwright args...]     e.g. scripts/e2e.sh tests/e2e/offline.spec.ts
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${PW_CHROMIUM_PATH:-}" ]]; then
  PW_CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
fi
export PW_CHROMIUM_PATH
echo "e2e: Chromium at $PW_CHROMIUM_PATH"

npm run build
# The build checks must not be skipped silently: REQUIRE_BUILD turns a missing build into a failure.
REQUIRE_BUILD=1 npx vitest run tests/unit/build-output.test.ts
npx playwright test "$@"
