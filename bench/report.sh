#!/usr/bin/env bash
# The report's benchmark: a results database of 100,000 answers (100 trainees,
# about 67 sessions of 15 questions each, from game/devtools/tools/fill_cohort.c),
# then `amanquiz --report` timed in English and Urdu (the Urdu one embeds the
# Nastaliq font): the first run, which also replays every answer into the
# FSRS memory table, and the median of 5 runs after it; wall-clock time and,
# when /usr/bin/time is there, CPU time (the machine's load shows in the first).
#   bench/report.sh [BUILD_DIR] [ANSWERS]
set -euo pipefail
build=${1:-build}
answers=${2:-100000}
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/game/fill_cohort" --data-dir "$tmp" --bank "$src/questions" --trainees 100 \
    --answers "$answers" >/dev/null
ms() { # runs the report once, prints wall-clock and CPU (user + system) milliseconds
    local t0 t1 cpu
    t0=$(date +%s%N)
    if [ -x /usr/bin/time ]; then # Debian package `time`
        /usr/bin/time -o "$tmp/time" -f "%U %S" env -u DISPLAY "$build/game/amanquiz" \
            --report "$tmp/r.html" --data-dir "$tmp" --lang "$1" 2>/dev/null
    else
        env -u DISPLAY "$build/game/amanquiz" --report "$tmp/r.html" --data-dir "$tmp" \
            --lang "$1" 2>/dev/null
        echo "0 0" >"$tmp/time"
    fi
    cpu=$(tail -1 "$tmp/time")
    t1=$(date +%s%N)
    echo "$(((t1 - t0) / 1000000)) $(awk '{printf "%d", ($1 + $2) * 1000}' <<<"$cpu")"
}
median() { sort -n | sed -n 3p; }
first=$(ms en)
for lang in en ur; do
    runs=$(for i in 1 2 3 4 5; do ms "$lang"; done)
    wall=$(cut -d' ' -f1 <<<"$runs" | median) cpu=$(cut -d' ' -f2 <<<"$runs" | median)
    echo "report of $answers answers, $lang: median $wall ms wall, $cpu ms CPU" \
        "($(du -k "$tmp/r.html" | cut -f1) kB)"
done
echo "first report (replays $answers answers into the FSRS memory): ${first% *} ms wall," \
    "${first#* } ms CPU"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
