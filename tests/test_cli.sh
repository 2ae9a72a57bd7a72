# The executable's own command line: help, version, errors, a headless title card.
set -u
game=$1
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }

out=$("$game" --help) ; check test $? -eq 0
check grep -q -- '--screenshot' <<<"$out"
ver=$("$game" --version); check grep -qE '^amanquiz [0-9]+\.[0-9]+' <<<"$ver"
"$game" --no-such-option 2>/tmp/aq_err.$$; check test $? -eq 2
check grep -q "no-such-option" /tmp/aq_err.$$
check test "$(wc -l </tmp/aq_err.$$)" -eq 1
rm -f /tmp/aq_err.$$

png=$(mktemp --suffix=.png)
env -u DISPLAY "$game" --screenshot "$png" --size 640x360; check test $? -eq 0
check test -s "$png"
check grep -q PNG <(head -c 8 "$png")
rm -f "$png"

env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$game" 2>/dev/null; check test $? -ne 0
exit $fail
