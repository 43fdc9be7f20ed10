#!/usr/bin/env bash
# Runs each screen's core in WebKit and Firefox (tests/engines/, vitest) against build/, and what an iPhone's Safari
# shows about keeping the data (WebKit with Safari's iPhone user agent):
#   scripts/engines.sh [--no-build] [webkit|firefox]
# WebKit is Debian's WebKitGTK MiniBrowser through WebKitWebDriver under a private Xvfb (the engine of Safari and of
# every browser on an iPhone); Firefox is Debian's firefox-esr through puppeteer-core over WebDriver BiDi. The packages
# (webkit2gtk-driver, xvfb, firefox-esr) are installed by scripts/find-chromium.sh with the rest, as root; otherwise
# this says what to install. ENGINES_PORT=N serves the app on N and WebKitWebDriver on N+1 (default: free ports);
# ENGINES_DISPLAY=:N uses that Xvfb display (default: a free one); ENGINES_TRACE=1 prints every step with its time.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
files=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    # vitest's file filter: "webkit" runs webkit.test.ts and webkit-iphone.test.ts.
    webkit | firefox) files+=("$arg") ;;
    *)
      echo "engines: unknown argument '$arg' (use --no-build, webkit or firefox)" >&2
      exit 2
      ;;
  esac
done

# Installs the packages when run as root (one apt-get run with Chromium's), else says what is missing.
bash scripts/find-chromium.sh >/dev/null
missing=()
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v "${ENGINES_FIREFOX:-firefox-esr}" >/dev/null 2>&1 || missing+=(firefox-esr)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "engines: missing ${missing[*]}. Debian/Ubuntu (as root): apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

if [[ "$build" == 1 ]]; then npm run build; fi
if [[ ! -f build/sw.js ]]; then
  echo "engines: build/ is missing: run npm run build first (or drop --no-build)." >&2
  exit 1
fi
npx vitest run --config tests/engines/vitest.config.ts "${files[@]}"
