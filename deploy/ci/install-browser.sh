#!/usr/bin/env bash
# Installs what the playground's browser tests need (tests/test_playground.py), idempotently:
#   - Debian's Chromium at /usr/bin/chromium (+ a Devanagari font so Hindi renders in screenshots),
#     with apt-get, only when missing;
#   - the pinned Playwright package (requirements/browser.txt) into the project's virtualenv.
# Playwright never downloads a browser of its own: do not run `playwright install`.
# Usage: bash deploy/ci/install-browser.sh      (VENV=path overrides .venv; needs root for apt-get)
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV="${VENV:-.venv}"

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -e /usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf ] || packages+=(fonts-lohit-deva)
if [ "${#packages[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "install-browser: apt-get install ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi
[ -x /usr/bin/chromium ] || { echo "install-browser: /usr/bin/chromium is still missing" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
  echo "install-browser: no virtualenv at $VENV (run make install-test first)" >&2
  exit 1
fi
# A stamp keeps reruns instant; it is redone when requirements/browser.txt changes.
stamp="$VENV/.browser"
if [ ! -f "$stamp" ] || [ requirements/browser.txt -nt "$stamp" ] || ! "$VENV/bin/python" -c "import playwright" 2>/dev/null; then
  "$VENV/bin/pip" install -q -r requirements/browser.txt
  touch "$stamp"
fi
