#!/usr/bin/env bash
# Training with phones against the real game under Xvfb: trainee IDs, a
# round of two questions, passed or not on each phone and in each trainee's
# record (tests/phones_training.py). Screenshot: <build>/phone-shots-training/.
set -euo pipefail
game=$1
src=$2
build=$3
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "FAILED: $tool is missing (scripts/quickstart.sh installs it)"; exit 1; }
done
out=$build/phone-shots-training
rm -rf "$out"
mkdir -p "$out"
. "$src/tests/xvfb_display.sh"
start_xvfb "$out/xvfb.log"
python3 "$src/tests/phones_training.py" "$game" "$out" "$disp"
