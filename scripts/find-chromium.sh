#!/usr/bin/env bash
# Prints the path of a Chromium for Playwright and scripts/make-icons.mjs, installing Debian's if needed.
# Order: Playwright's own browser (if downloaded), then a system chromium, then `apt-get install chromium` (root only).
# Everything but the final path goes to stderr, so callers can do: PW_CHROMIUM_PATH="$(scripts/find-chromium.sh)".
set -euo pipefail
cd "$(dirname "$0")/.."

# 1. Playwright's own browser: ask playwright-core where it would be and check the file is really there.
own="$(node -e "try { process.stdout.write(require('playwright-core').chromium.executablePath()) } catch {}" 2>/dev/null || true)"
if [[ -n "$own" && -x "$own" ]]; then
  echo "$own"
  exit 0
fi

# 2. A system Chromium.
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [[ -x "$candidate" ]]; then
    echo "$candidate"
    exit 0
  fi
done

# 3. Install Debian's chromium (Playwright cannot download its browsers on these machines).
if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "find-chromium: installing Debian's chromium with apt-get (about 30 s)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  log="$(mktemp)"
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "find-chromium: apt-get install chromium failed (log above)." >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
  if [[ -x /usr/bin/chromium ]]; then
    echo /usr/bin/chromium
    exit 0
  fi
fi

cat >&2 <<'MSG'
find-chromium: no Chromium found. Install one of:
  - Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium
  - anywhere with internet:   npx playwright install chromium
or set PW_CHROMIUM_PATH to a Chromium/Chrome executable.
MSG
exit 1
