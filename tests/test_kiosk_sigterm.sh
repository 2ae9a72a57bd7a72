# The kiosk under systemd is stopped with SIGTERM, and SDL's signal handlers
# are off in kiosk mode (its window's close is swallowed). SIGTERM must still
# stop it, and through the game's own quit (exit 0, game_close): the answer
# just given, which the results' writer thread may still hold, is stored.
# Real window under Xvfb, played with xdotool; skips (exit 77) without
# Xvfb, xdotool or sqlite3.
set -u
game=$1
for tool in Xvfb xdotool sqlite3; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed"
        exit 77
    fi
done
out=$(mktemp -d)
. "$2/tests/xvfb_display.sh"
start_xvfb "$out/xvfb.log" || exit 1
gpid=
cleanup() {
    [ -n "$gpid" ] && kill -9 "$gpid" 2>/dev/null
    kill $xvfb_pid 2>/dev/null
    wait 2>/dev/null
    [ -n "${AMAN_KEEP:-}" ] && cp "$out/game.err" "$AMAN_KEEP"
    rm -rf "$out"
}
trap cleanup EXIT
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
printf '::k-a:: Water is wet. {T}\n\n::k-b:: Fire is cold. {F}\n\n::k-c:: Ice is frozen water. {T}\n' \
    >"$out/k.gift"
mkdir -p "$out/config"

# Starts the kiosk; waits for its window.
start() {
    env -u SDL_VIDEODRIVER DISPLAY=$disp XDG_CONFIG_HOME="$out/config" "$game" --mode kiosk \
        --size 1024x600 --lang en --seed 5 --bank "$out/k.gift" --data-dir "$1" \
        >"$out/game.out" 2>"$out/game.err" &
    gpid=$!
    DISPLAY=$disp timeout 20 xdotool search --sync --class amanquiz >/dev/null ||
        { echo "FAILED: no kiosk window: $(cat "$out/game.err")" >&2; exit 1; }
    sleep 1
}
# SIGTERM, then the exit status within 10 s (124: still running).
term() {
    kill -TERM "$gpid"
    local i
    for i in $(seq 100); do
        kill -0 "$gpid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$gpid" 2>/dev/null; then
        status=124
    else
        wait "$gpid"
        status=$?
    fi
    gpid=
}

# On the attract loop: SIGTERM stops it, cleanly.
start "$out/idle"
term
check test "$status" -eq 0

# An answer, then SIGTERM at once: stopped cleanly, the answer stored.
start "$out/played"
DISPLAY=$disp xdotool mousemove 512 500 click 1 # attract: touch to play
sleep 1.5
DISPLAY=$disp xdotool mousemove 260 440 click 1 # True (--seed 5: "Ice is frozen water")
sleep 0.3
term
check test "$status" -eq 0
db=$out/played/results.sqlite
check test "$(sqlite3 "$db" 'SELECT count(*) FROM answers')" = 1
check test "$(sqlite3 "$db" 'SELECT chosen || correct FROM answers')" = true1
[ $fail -eq 0 ] && echo "kiosk: SIGTERM stops it through its own quit, the last answer stored"
exit $fail
