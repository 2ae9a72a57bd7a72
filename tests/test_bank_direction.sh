# Bank text takes its paragraph direction from its first strong character:
# an Urdu-only question on the English screen is drawn from the right, an
# English-only one on the Urdu screen from the left; each in its own
# language's screen keeps that side. Measured on the question card's text
# band of real frames: the share of dark (ink) pixels in its left and right
# quarters.
set -u
game=$1
src=$2
fail=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
bank=$src/tests/fixtures/ui_direction.gift
: >"$out/empty.conf"

# Percent of ink in a 240x110 box at x, in the card's text band.
ink() {
    convert "$1" -crop "240x110+$2+135" +repage -colorspace gray -threshold 50% \
        -format "%[fx:round(100*(1-mean))]" info:
}

side() { # prints left or right: where the question's ink is
    local f=$out/$1-$2.png l r
    env -u DISPLAY "$game" --config "$out/empty.conf" --screenshot "$f" --bank "$bank" \
        --question "$1" --lang "$2" --size 1024x600 || { echo none; return; }
    # Quarters inset from the card's edges: its top corners hold the
    # speaker button (game/ui/speaker.h), dark on either side.
    l=$(ink "$f" 100)
    r=$(ink "$f" 684)
    if [ "$l" -ge 2 ] && [ "$r" -eq 0 ]; then echo left
    elif [ "$r" -ge 2 ] && [ "$l" -eq 0 ]; then echo right
    else echo "mixed($l/$r)"; fi
}

check test "$(side ur-short en)" = right
check test "$(side ur-short ur)" = right
check test "$(side en-short ur)" = left
check test "$(side en-short en)" = left
exit $fail
