# Every scene, in English and Urdu, at the kiosk and the projector size,
# rendered headlessly with --screenshot: the PNG exists, has the asked size,
# is not a blank frame, and the Urdu frame differs from the English one.
set -u
game=$1
fail=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }

# A played round in a fresh data folder gives the high-score table a row.
env -u DISPLAY "$game" --autoplay 3 --seed 2 --data-dir "$out/data" >"$out/auto.txt"
check grep -qE '^score [0-9]+ correct [0-9]+/3' "$out/auto.txt"

png_size() { # width x height from the IHDR chunk
    local hex
    hex=$(od -An -tx1 -j16 -N8 "$1" | tr -d ' \n')
    echo "$((16#${hex:0:8}))x$((16#${hex:8:8}))"
}

for size in 1024x600 1920x1080; do
    for scene in title question feedback summary scores; do
        for lang in en ur; do
            f=$out/$scene-$lang-$size.png
            env -u DISPLAY "$game" --screenshot "$f" --scene "$scene" --lang "$lang" \
                --size "$size" --seed 4 --data-dir "$out/data"
            check test $? -eq 0
            check test -s "$f"
            check test "$(png_size "$f")" = "$size"
            # A frame with cards and text compresses far worse than a flat fill.
            check test "$(stat -c %s "$f")" -gt 12000
        done
        check test -n "$(cmp "$out/$scene-en-$size.png" "$out/$scene-ur-$size.png")"
    done
done

# A given question, and a refusal for an unknown one.
env -u DISPLAY "$game" --screenshot "$out/q.png" --question date-year --size 640x360
check test $? -eq 0
env -u DISPLAY "$game" --screenshot "$out/x.png" --question no-such-question 2>"$out/err"
check test $? -ne 0
check grep -q "no-such-question" "$out/err"
exit $fail
