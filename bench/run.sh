#!/usr/bin/env bash
# Benchmarks: the game against bench/floor (plain SDL2 + SDL2_ttf drawing one
# Latin and one Nastaliq line), side by side in one run on this machine.
#   bench/run.sh [--quick]
# Builds ./build (Release-like RelWithDebInfo), starts an Xvfb for the window
# figures, prints a table with ratios to the floor. Not part of the tests.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
runs=11 idle=10 frames=300
[ "${1:-}" = "--quick" ] && runs=3 idle=3 frames=50

cmake -S "$here" -B "$build" >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
game=$build/game/amanquiz floor=$build/floor proc=$build/bench_proc fonts=$here/assets/fonts

display=:93
Xvfb $display -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1

field() { sed -n "s/.*$1 \([-0-9.]*\).*/\1/p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a >= 0) printf "%.2fx", a / b; else print "-" }'; }
row() { printf '%-44s %12s %12s %8s\n' "$1" "$2" "$3" "$(ratio "$2" "$3")"; }

echo "Aman Quiz benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), $runs runs each"
printf '%-44s %12s %12s %8s\n' "figure" "game" "floor" "ratio"

# Start-up to the first presented frame, in a real X window; idle CPU after it.
floor_win=$(DISPLAY=$display FLOOR_WAIT=1 "$proc" --runs "$runs" --mark --idle "$idle" --settled -- "$floor" "$fonts")
for lang in en ur; do
    g=$(DISPLAY=$display AMAN_BENCH_MARK=1 "$proc" --runs "$runs" --mark --idle "$idle" --settled -- "$game" --lang "$lang")
    row "start-up to first frame, $lang (ms, median)" "$(field startup-ms <<<"$g")" "$(field startup-ms <<<"$floor_win")"
    row "idle CPU over ${idle} s, $lang (% of a core)" "$(field idle-cpu-% <<<"$g")" "$(field idle-cpu-% <<<"$floor_win")"
    row "  the ${idle} s after (deferred work done)" "$(field settled-cpu-% <<<"$g")" "$(field settled-cpu-% <<<"$floor_win")"
    row "RSS while waiting on the title, $lang (kB)" "$(field end-rss-kb <<<"$g")" "$(field end-rss-kb <<<"$floor_win")"
done

# What every start maps before it does anything: libraries a feature loads
# when it starts (libpq, libmicrohttpd, libespeak-ng: game/core/dynlib.h)
# are not counted, and must not come back (tests/test_lazy_libs.sh).
v=$("$proc" --runs 3 -- "$game" --version)
row "RSS of amanquiz --version (kB)" "$(field peak-rss-kb <<<"$v")" "-"
row "shared objects linked (ldd lines)" "$(ldd "$game" | wc -l)" "$(ldd "$floor" | wc -l)"

# A question card at 1920x1080, software renderer, headless.
for lang in en ur; do
    f=$("$build/bench_frame" --lang "$lang" --frames "$frames")
    tex=$(field textures <<<"$f")
    fl=$(SDL_VIDEODRIVER=offscreen "$floor" "$fonts" --frames "$frames" --textures "$tex" --size 1920x1080 | field frame-us)
    row "question card 1080p cold, $lang (us)" "$(field cold-us <<<"$f")" "-"
    row "question card 1080p forced redraw, $lang (us; floor: $tex textures)" "$(field warm-us <<<"$f")" "$fl"
    printf '%-44s %12s %12s %8s\n' "  the loop's redraws of it, unchanged, $lang" \
        "$(sed -n 's/.*idle-redraws \([0-9/]*\).*/\1/p' <<<"$f") turns" "-" "-"
done

# Memory after 100 played questions (headless autoplay) against the floor's frame.
fm=$(SDL_VIDEODRIVER=offscreen "$proc" --runs 3 -- "$floor" "$fonts")
for lang in en ur; do
    m=$("$proc" --runs 3 -- "$game" --autoplay 100 --seed 7 --lang "$lang")
    row "peak RSS, 100 questions, $lang (kB)" "$(field peak-rss-kb <<<"$m")" "$(field peak-rss-kb <<<"$fm")"
    row "RSS at the end, 100 questions, $lang (kB)" "$(field end-rss-kb <<<"$m")" "$(field peak-rss-kb <<<"$fm")"
done

echo
echo "bank load, 10,000 generated questions:"
"$build/bench_bank" | sed 's/^/  /'
echo "layout + render of the longest card:"
"$build/bench_text" 1920x1080 | sed 's/^/  /'
