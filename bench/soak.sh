#!/usr/bin/env bash
# Soak: plays many questions headlessly in every mode, switching language
# every few questions, and reports RSS every tenth of the run. RSS must stay
# flat: the mean of the last three reports at most 1 MB above the mean of
# reports 2-4 (after warm-up). Not run in CI.
#   bench/soak.sh [QUESTIONS [MODE...]]   (default 100000 per mode, all modes)
# Modes run one after the other; run two scripts with different modes to use
# two cores.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
n=${1:-100000}
every=$(( n / 10 )); [ "$every" -gt 0 ] || every=1
shift $(( $# > 0 ? 1 : 0 ))
modes=("$@"); [ ${#modes[@]} -gt 0 ] || modes=(play classroom training kiosk)
for m in "${modes[@]}"; do
    case $m in
    play | classroom | training | kiosk) ;;
    *) echo "soak: unknown mode '$m' (play, classroom, training, kiosk)" >&2; exit 2 ;;
    esac
done
# Two runs at once: start the second when the first has built, or give each
# its own BUILD_DIR, so they do not build in one folder together.
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
    # RSS moves by a MB or two with what the screen holds, so compare means:
    # samples 2-4 (after warm-up) against the last three.
    local first last
    first=$(grep '^questions' <<<"$out" | sed -n 2,4p | awk '{s += $4} END {printf "%d", s / NR}')
    last=$(grep '^questions' <<<"$out" | tail -n3 | awk '{s += $4} END {printf "%d", s / NR}')
    printf '%-10s %s\n' "$name" "$(grep '^questions' <<<"$out" | awk '{printf "%s:%s ", $2, $4}')"
    printf '%-10s growth after warm-up: %d kB; %s\n' "" $(( last - first )) "$(tail -n1 <<<"$out")"
    if [ $(( last - first )) -ge 1024 ]; then
        echo "$name: RSS grew by $(( last - first )) kB" >&2
        status=1
    fi
}
echo "soak: $n questions per mode, language switched every 7, RSS (kB) every $every"
for m in "${modes[@]}"; do
    case $m in
    play) soak play ;;
    classroom) soak classroom --mode classroom --teams 3 ;;
    training) soak training --mode training --trainee 4711 --data-dir "$data/training" ;;
    kiosk) soak kiosk --mode kiosk --data-dir "$data/kiosk" ;;
    esac
done
exit $status
