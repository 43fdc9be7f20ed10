#!/usr/bin/env bash
# Prints the path of a Chromium for Playwright and scripts/make-icons.mjs, and makes sure Chinese fonts,
# poppler-utils (the PDF tests' pdftotext) and the other engines' packages (webkit2gtk-driver, xvfb, firefox-esr for
# scripts/engines.sh) are there, installing Debian's packages if needed (one apt-get run).
# Browser order: PW_CHROMIUM_PATH if set, Playwright's own browser (if downloaded), a system chromium, then
# `apt-get install chromium` (root only).
# Fonts: a phone shows Chinese glyphs, so screenshots and the overflow, target-size and axe checks must see them
# too. Without a CJK font Chromium draws empty boxes of another width, and the tests pass or fail for the wrong
# reason. If `fc-list :lang=zh` finds none, install Debian's `fonts-noto-cjk` (root only, in the same apt-get
# run as chromium), else stop and say what to install. E2E_ALLOW_NO_CJK_FONTS=1 turns that stop into a warning
# (never in CI).
# Everything but the final path goes to stderr, so callers can do: PW_CHROMIUM_PATH="$(scripts/find-chromium.sh)".
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "find-chromium: $*" >&2; }

find_browser() {
  if [[ -n "${PW_CHROMIUM_PATH:-}" ]]; then
    if [[ -x "$PW_CHROMIUM_PATH" ]]; then
      echo "$PW_CHROMIUM_PATH"
      return 0
    fi
    say "PW_CHROMIUM_PATH=$PW_CHROMIUM_PATH is not an executable file."
    exit 1
  fi
  # 1. Playwright's own browser: ask playwright-core where it would be and check the file is really there.
  local own
  own="$(node -e "try { process.stdout.write(require('playwright-core').chromium.executablePath()) } catch {}" 2>/dev/null || true)"
  if [[ -n "$own" && -x "$own" ]]; then
    echo "$own"
    return 0
  fi
  # 2. A system Chromium.
  local candidate
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [[ -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# Prints the family of the first font that covers Chinese, or nothing. Without fontconfig (macOS, Windows) the
# system's own Chinese fonts are used and there is nothing to check here: prints "system".
find_cjk_font() {
  if ! command -v fc-list >/dev/null 2>&1; then
    if [[ "$(uname -s)" == "Linux" ]]; then return 0; fi
    echo "system"
    return 0
  fi
  if [[ -n "$(fc-list :lang=zh family 2>/dev/null | head -1)" ]]; then
    # The font Chromium's sans-serif fallback picks for Chinese text.
    fc-match -f '%{family[0]}\n' 'sans-serif:lang=zh-cn' 2>/dev/null || echo "found"
  fi
}

browser="$(find_browser || true)"
font="$(find_cjk_font)"

# 3. Install what is missing with one apt-get run (Playwright cannot download its browsers on these machines).
packages=()
[[ -z "$browser" ]] && packages+=(chromium)
[[ -z "$font" ]] && packages+=(fonts-noto-cjk fontconfig)
# The PDF tests read the generated summary back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm).
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
# The other engines (scripts/engines.sh): WebKit (WebKitWebDriver and MiniBrowser) under Xvfb, and Firefox ESR.
# Debian has all three; a distribution without one (Ubuntu has no firefox-esr) still gets the rest, and engines.sh
# then says what is missing.
engine_packages=()
command -v WebKitWebDriver >/dev/null 2>&1 || engine_packages+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || engine_packages+=(xvfb)
command -v firefox-esr >/dev/null 2>&1 || engine_packages+=(firefox-esr)
if [[ $((${#packages[@]} + ${#engine_packages[@]})) -gt 0 && "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  log="$(mktemp)"
  if ! apt-get update -qq >"$log" 2>&1; then
    cat "$log" >&2
    say "apt-get update failed (log above)."
    rm -f "$log"
    exit 1
  fi
  for p in "${engine_packages[@]}"; do
    if apt-cache show "$p" >/dev/null 2>&1; then packages+=("$p"); else say "no package $p here: skipped."; fi
  done
  say "installing Debian's ${packages[*]} with apt-get (a minute or two)..."
  if ! apt-get install -y -qq --no-install-recommends "${packages[@]}" >"$log" 2>&1; then
    cat "$log" >&2
    say "apt-get install ${packages[*]} failed (log above)."
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
  [[ -z "$browser" && -x /usr/bin/chromium ]] && browser=/usr/bin/chromium
  font="$(find_cjk_font)"
fi

if ! command -v pdftotext >/dev/null 2>&1; then
  say "poppler-utils (pdftotext, pdffonts, pdfinfo) is missing: the PDF unit tests need it."
  say "  Debian/Ubuntu (as root): apt-get update && apt-get install -y poppler-utils; macOS: brew install poppler"
fi
engines=()
command -v WebKitWebDriver >/dev/null 2>&1 || engines+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || engines+=(xvfb)
command -v firefox-esr >/dev/null 2>&1 || engines+=(firefox-esr)
if [[ ${#engines[@]} -gt 0 ]]; then
  say "${engines[*]} missing: the WebKit and Firefox runs (scripts/engines.sh) need them."
  say "  Debian/Ubuntu (as root): apt-get update && apt-get install -y ${engines[*]}"
fi

if [[ -z "$browser" ]]; then
  cat >&2 <<'MSG'
find-chromium: no Chromium found. Install one of:
  - Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium fonts-noto-cjk
  - anywhere with internet:   npx playwright install chromium
or set PW_CHROMIUM_PATH to a Chromium/Chrome executable.
MSG
  exit 1
fi

if [[ -z "$font" ]]; then
  cat >&2 <<'MSG'
find-chromium: no Chinese font found (`fc-list :lang=zh` lists none), so Chromium would draw empty boxes instead
of Chinese and the end-to-end checks would measure the wrong page. Install one:
  - Debian/Ubuntu (as root):  apt-get update && apt-get install -y fonts-noto-cjk
  - Fedora:                   dnf install google-noto-sans-cjk-fonts
  - Arch:                     pacman -S noto-fonts-cjk
MSG
  if [[ "${E2E_ALLOW_NO_CJK_FONTS:-}" == "1" && -z "${CI:-}" ]]; then
    say "WARNING: going on without Chinese fonts (E2E_ALLOW_NO_CJK_FONTS=1); screenshots show boxes."
  else
    say "(E2E_ALLOW_NO_CJK_FONTS=1 goes on anyway outside CI; results will differ from CI's.)"
    exit 1
  fi
else
  say "Chinese font: $font"
fi

echo "$browser"
