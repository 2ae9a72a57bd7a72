# Short answers through the real loop: the robot player types them (key
# events and SDL text input, English or Urdu) and presses Enter or "Check
# answer"; the answers are stored as typed and graded by answermatch. A
# shortcut key (L) pressed while typing must not switch the language. A
# kiosk leaves short answers out, saying so.
set -u
game=$1
src=$2
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bank=$src/questions/examples/bilingual-example.gift

env -u DISPLAY "$game" --bank "$bank" --autoplay 14 --seed 1 --mode training --trainee 7 \
    --data-dir "$tmp/d" >"$tmp/out" 2>"$tmp/err"
check test $? -eq 0
"$game" --export-results "$tmp/r.csv" --data-dir "$tmp/d" --trainee 7 --bank "$bank" 2>/dev/null
check test $? -eq 0
# Typed in Urdu, stored as typed, fully right (seed 1 types it twice).
check test "$(grep -c ',ex-short-city,نیویارک,1,100,' "$tmp/r.csv")" -eq 2
check test "$(grep -c ',ex-short-year,1997,1,100,' "$tmp/r.csv")" -ge 1
# Wrong answers are stored too, with no marks (seed 3 types "?" twice).
env -u DISPLAY "$game" --bank "$bank" --autoplay 14 --seed 3 --mode training --trainee 8 \
    --data-dir "$tmp/d" >/dev/null 2>&1
"$game" --export-results "$tmp/r3.csv" --data-dir "$tmp/d" --trainee 8 --bank "$bank" 2>/dev/null
check test "$(grep -c ',ex-short-city,?,0,0,' "$tmp/r3.csv")" -eq 2
# 14 answers, all in English: the L typed before each answer switched nothing.
check test "$(grep -c ',en,' "$tmp/r.csv")" -eq 14

# A kiosk has no keyboard: the short answers are left out, with a note.
env -u DISPLAY "$game" --bank "$bank" --autoplay 5 --seed 2 --mode kiosk >"$tmp/out" 2>"$tmp/err"
check test $? -eq 0
check grep -q "note: 2 short-answer questions left out: a kiosk has no keyboard" "$tmp/err"
check grep -q "^score " "$tmp/out"
exit $fail
