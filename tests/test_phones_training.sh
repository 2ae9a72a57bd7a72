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
for n in $(seq 200 259); do
    [ -e /tmp/.X$n-lock ] || { disp=:$n; break; }
done
Xvfb "$disp" -screen 0 1024x600x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do DISPLAY=$disp xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
python3 "$src/tests/phones_training.py" "$game" "$out" "$disp"
