#!/usr/bin/env bash
# A real browser (headless Chromium through Selenium) plays a phone
# classroom against the real game under Xvfb, in English and Urdu
# (tests/phone_browser.py). Screenshots: <build>/phone-shots/.
set -euo pipefail
game=$1
src=$2
build=$3
for tool in Xvfb xdotool chromium chromedriver import; do
    command -v "$tool" >/dev/null || { echo "FAILED: $tool is missing (scripts/quickstart.sh installs it)"; exit 1; }
done
out=$build/phone-shots
rm -rf "$out"
mkdir -p "$out"
# A display number of our own, free of any other test's.
for n in $(seq 140 199); do
    [ -e /tmp/.X$n-lock ] || { disp=:$n; break; }
done
Xvfb "$disp" -screen 0 1024x600x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do DISPLAY=$disp xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
# Debian's python3-selenium lives in the system Python.
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" "$src/tests/phone_browser.py" "$game" "$out" "$disp"
