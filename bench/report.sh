#!/usr/bin/env bash
# The report's benchmark: a results database of 100,000 answers (100 trainees,
# about 67 sessions of 15 questions each, from game/devtools/tools/fill_cohort.c),
# then `amanquiz --report` timed in English and Urdu (the Urdu one embeds the
# Nastaliq font): the first run, which also replays every answer into the
# FSRS memory table, and the median of 5 runs after it.
#   bench/report.sh [BUILD_DIR] [ANSWERS]
set -euo pipefail
build=${1:-build}
answers=${2:-100000}
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/game/fill_cohort" --data-dir "$tmp" --bank "$src/questions" --trainees 100 \
    --answers "$answers" >/dev/null
ms() { # runs the report once, prints milliseconds
    local t0 t1
    t0=$(date +%s%N)
    env -u DISPLAY "$build/game/amanquiz" --report "$tmp/r.html" --data-dir "$tmp" --lang "$1" 2>/dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000000))
}
median() { sort -n | sed -n 3p; }
first=$(ms en)
for lang in en ur; do
    m=$(for i in 1 2 3 4 5; do ms "$lang"; done | median)
    echo "report of $answers answers, $lang: median $m ms ($(du -k "$tmp/r.html" | cut -f1) kB)"
done
echo "first report (replays $answers answers into the FSRS memory): $first ms"
