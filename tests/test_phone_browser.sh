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
. "$src/tests/xvfb_display.sh"
start_xvfb "$out/xvfb.log"
# Debian's python3-selenium lives in the system Python.
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" "$src/tests/phone_browser.py" "$game" "$out" "$disp"
