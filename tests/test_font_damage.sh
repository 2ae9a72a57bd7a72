# Issue 19, item 10: a damaged bundled font (a flipped bit, half cut off) is
# named at start-up instead of drawing boxes silently.
set -u
game=$1
src=$2
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data/assets/fonts"
ln -s "$src/questions" "$work/data/questions"
cp "$src"/assets/fonts/*.ttf "$work/data/assets/fonts/"
nq=$work/data/assets/fonts/NotoNastaliqUrdu-Regular.ttf
printf '\x5a' | dd of="$nq" bs=1 seek=200000 conv=notrunc status=none
sans=$work/data/assets/fonts/NotoSans-Bold.ttf
truncate -s $(($(stat -c %s "$sans") / 2)) "$sans"
AMAN_DATA_DIR=$work/data env -u DISPLAY "$game" --screenshot "$work/t.png" --size 640x360 \
    2>"$work/err"
check grep -q "NotoNastaliqUrdu-Regular.ttf.*damaged" "$work/err"
check grep -q "NotoSans-Bold.ttf.*damaged" "$work/err"
AMAN_DATA_DIR=$src env -u DISPLAY "$game" --screenshot "$work/t.png" --size 640x360 \
    2>"$work/err"
check test ! -s "$work/err"
# A game on screen checks the sums on a thread after its first frame: the
# damaged font is still named (a real window under Xvfb, then SIGTERM).
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
    . "$src/tests/xvfb_display.sh"
    start_xvfb "$work/xvfb.log" || exit 1
    trap 'kill $xvfb_pid 2>/dev/null; wait $xvfb_pid 2>/dev/null; rm -rf "$work"' EXIT
    AMAN_DATA_DIR=$work/data SDL_AUDIODRIVER=dummy DISPLAY=$disp "$game" --data-dir "$work/res" \
        2>"$work/err-live" &
    gpid=$!
    for _ in $(seq 100); do
        grep -q "NotoSans-Bold.ttf.*damaged" "$work/err-live" && break
        sleep 0.1
    done
    kill "$gpid" 2>/dev/null
    wait "$gpid" 2>/dev/null
    check grep -q "NotoNastaliqUrdu-Regular.ttf.*damaged" "$work/err-live"
    check grep -q "NotoSans-Bold.ttf.*damaged" "$work/err-live"
fi
exit $fail
