#!/usr/bin/env bash
# Builds the app and runs the Playwright suite against `vite preview` (127.0.0.1:4173) in a local Chromium.
#   scripts/e2e.sh [playwright args...]     e.g. scripts/e2e.sh tests/e2e/offline.spec.ts
set -euo pipefail
cd "$(dirname "$0")/.."

# Always run: it also makes sure Chinese fonts are installed (and keeps a PW_CHROMIUM_PATH that is already set).
PW_CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
export PW_CHROMIUM_PATH
echo "e2e: Chromium at $PW_CHROMIUM_PATH"

npm run build

# Locally Playwright reuses a server already on the port. SvelteKit's `vite preview` (the old `npm run preview`)
# serves .svelte-kit/output, not build/, so it has no sw.js and every offline test would fail for a wrong reason.
port="${E2E_PORT:-4173}"
if node -e "fetch('http://127.0.0.1:${port}/').then(() => process.exit(0), () => process.exit(1))" 2>/dev/null; then
  if ! node -e "fetch('http://127.0.0.1:${port}/sw.js').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
    echo "e2e: a server on 127.0.0.1:${port} does not serve build/sw.js (a stale \`vite preview\`?)." >&2
    echo "     Stop it, or run on another port: E2E_PORT=4183 npm run test:e2e" >&2
    exit 1
  fi
fi
# The build checks must not be skipped silently: REQUIRE_BUILD turns a missing build into a failure.
REQUIRE_BUILD=1 npx vitest run tests/unit/build-output.test.ts
npx playwright test "$@"
