#!/usr/bin/env bash
# Soak: plays many questions headlessly in every mode, switching language
# every few questions, and reports RSS every 10,000 questions. RSS must stay
# flat: growth after warm-up (the first report) under 1 MB. Not run in CI.
#   bench/soak.sh [QUESTIONS]        (default 100000 per mode)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
n=${1:-100000}
every=$(( n / 10 )); [ "$every" -gt 0 ] || every=1
cmake -S "$here" -B "$build" >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
game=$build/game/amanquiz
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

status=0
soak() {
    local name=$1; shift
    local out
    out=$(AMAN_SOAK_LANG_EVERY=7 AMAN_SOAK_RSS_EVERY=$every "$game" --autoplay "$n" --seed 11 "$@")
    local first last
    first=$(grep -m1 '^questions' <<<"$out" | awk '{print $4}')
    last=$(grep '^questions' <<<"$out" | tail -n1 | awk '{print $4}')
    printf '%-10s %s\n' "$name" "$(grep '^questions' <<<"$out" | awk '{printf "%s:%s ", $2, $4}')"
    printf '%-10s growth after warm-up: %d kB; %s\n' "" $(( last - first )) "$(tail -n1 <<<"$out")"
    if [ $(( last - first )) -ge 1024 ]; then
        echo "$name: RSS grew by $(( last - first )) kB" >&2
        status=1
    fi
}
echo "soak: $n questions per mode, language switched every 7, RSS (kB) every $every"
soak play
soak classroom --mode classroom --teams 3
soak training --mode training --trainee 4711 --data-dir "$data/training"
soak kiosk --mode kiosk --data-dir "$data/kiosk"
exit $status
