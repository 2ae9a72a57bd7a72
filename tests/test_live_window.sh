# The real game in a real X window (Xvfb), played with xdotool: a key to
# start, mouse clicks on the answers, a language switch in the middle of
# the round by key and by a click on the language button; checked through
# the results database (sqlite3) and a screenshot of the screen (import).
# The input path no headless test covers: X events through SDL's X11
# driver, the window's real size, focus. Skips (exit 77) only when Xvfb,
# xdotool, sqlite3 or import are missing.
set -u
game=$1
for tool in Xvfb xdotool sqlite3 import; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed"
        exit 77
    fi
done
out=$(mktemp -d)
xpid= gpid=
cleanup() {
    [ -n "$gpid" ] && kill "$gpid" 2>/dev/null && wait "$gpid" 2>/dev/null
    [ -n "$xpid" ] && kill "$xpid" 2>/dev/null && wait "$xpid" 2>/dev/null
    rm -rf "$out"
}
trap cleanup EXIT
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
die() { echo "FAILED: $*" >&2; exit 1; }

# Three true/false questions: their buttons are the two halves of the
# screen (True on the reading side: left in English, right in Urdu).
printf '::live-a:: Water is wet. {T}\n\n::live-b:: Fire is cold. {F}\n\n::live-c:: Ice is frozen water. {T}\n' \
    >"$out/live.gift"

Xvfb -displayfd 3 -screen 0 1024x600x24 -nolisten tcp 3>"$out/display" 2>"$out/xvfb.err" &
xpid=$!
for _ in $(seq 1 100); do [ -s "$out/display" ] && break; sleep 0.1; done
[ -s "$out/display" ] || die "Xvfb did not start: $(cat "$out/xvfb.err")"
export DISPLAY=:$(head -n1 "$out/display")

mkdir -p "$out/config"
env -u SDL_VIDEODRIVER XDG_CONFIG_HOME="$out/config" "$game" --fullscreen --size 1024x600 --lang en --seed 5 \
    --bank "$out/live.gift" --data-dir "$out/data" >"$out/game.out" 2>"$out/game.err" &
gpid=$!
wid=$(timeout 20 xdotool search --sync --class amanquiz | head -n1)
[ -n "$wid" ] || die "no game window: $(cat "$out/game.err")"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
sleep 1

db=$out/data/results.sqlite
q() { sqlite3 "$db" "$1" 2>/dev/null; }
# Waits until the store holds n answers (the game commits each one as it is given).
answers() {
    local n=$1
    for _ in $(seq 1 100); do
        [ "$(q 'SELECT count(*) FROM answers')" = "$n" ] && return 0
        sleep 0.1
    done
    echo "FAILED: $n answers expected, found $(q 'SELECT count(*) FROM answers')" >&2
    fail=1
}
click() { xdotool mousemove "$1" "$2" click 1; }

xdotool key Return # title: Start
sleep 2
click 260 440 # English: True is on the left
answers 1
sleep 1
xdotool key Return # feedback: Next
sleep 2
xdotool key l # Urdu, mid-round
sleep 1
click 760 444 # Urdu: True is on the right
answers 2
sleep 1
xdotool key Return
sleep 2
click 57 36 # the language button ("English", top left in Urdu)
sleep 1
click 760 440 # English again: False is on the right
answers 3
sleep 1
xdotool key Return # to the summary
sleep 2
import -window root "$out/summary.png"

check test "$(q "SELECT group_concat(chosen || '/' || lang, ' ') FROM (SELECT * FROM answers ORDER BY id)")" \
    = "true/en true/ur false/en"
check test "$(q 'SELECT count(*) FROM sessions WHERE ended IS NOT NULL')" = 1
check test "$(q 'SELECT count(*) FROM high_scores')" = 1
# --seed 5 asks "Ice is frozen water", "Water is wet", "Fire is cold": all
# three clicks were right.
check test "$(q 'SELECT sum(correct) FROM answers')" = 3
check test "$(q 'SELECT score FROM high_scores')" = 300
# Score: the points of the answers that were right, as the store adds them.
check test "$(q 'SELECT score FROM sessions')" = "$(q 'SELECT sum(points) FROM answers')"

# The screen shows the summary: a frame of cards and text, not a flat fill,
# and the game still runs.
check test "$(identify -format '%wx%h' "$out/summary.png")" = 1024x600
colours=$(convert "$out/summary.png" -format '%k' info:)
check test "$colours" -gt 50
check kill -0 "$gpid"
if [ -n "${AMAN_LIVE_SHOT:-}" ]; then cp "$out/summary.png" "$AMAN_LIVE_SHOT"; fi
[ $fail -eq 0 ] && echo "live window: 3 answers by mouse and keys, language switched twice"
exit $fail
