# amanquiz --check-bank: per-file summaries, compiler-style messages, exit codes.
set -u
game=$1
src=$2
fx=$src/tests/fixtures
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Good files: exit 0, one summary line per file, warnings in compiler style.
out=$("$game" --check-bank "$fx/bank_all_kinds.gift" "$fx/bank_unplayable_kinds.gift"); rc=$?
check test $rc -eq 0
check grep -qxF "$fx/bank_all_kinds.gift: 9 playable questions (3 multiple choice, 1 multiple answer, 2 true/false, 3 numerical, 0 short answer)" <<<"$out"
check grep -qxF "$fx/bank_unplayable_kinds.gift:3:1: warning: matching question skipped: it cannot be played on a card" <<<"$out"
check grep -qxF "total: 12 playable questions in 2 files" <<<"$out"

# A bad file: exit 1, the error with line and column; the good file is still reported.
out=$("$game" --check-bank "$fx/bank_moodle_examples.gift" "$fx/bank_unclosed_brace.gift"); rc=$?
check test $rc -eq 1
check grep -qE "^$fx/bank_moodle_examples.gift: 12 playable questions " <<<"$out"
check grep -qxF "$fx/bank_unclosed_brace.gift: not loaded: 1 error" <<<"$out"
check grep -qE "^$fx/bank_unclosed_brace.gift:3:28: error: unclosed '\{'" <<<"$out"

# Every message line is "file:line:col: level: message".
out=$("$game" --check-bank "$fx/bank_invalid_utf8.gift" "$fx/bank_line_too_long.gift"); rc=$?
check test $rc -eq 1
check test "$(grep -cE '^[^:]+:[0-9]+:[0-9]+: error: ' <<<"$out")" -eq 2

# A folder: *.gift only, sorted by name; an empty folder or a missing path fails.
cp "$fx/bank_crlf_bom.gift" "$tmp/b.gift"
cp "$fx/bank_all_kinds.gift" "$tmp/a.gift"
echo "not a bank {" > "$tmp/readme.txt"
out=$("$game" --check-bank "$tmp"); rc=$?
check test $rc -eq 0
check test "$(grep -c 'playable questions (' <<<"$out")" -eq 2
check test "$(head -n1 <<<"$out")" = "$tmp/a.gift: 9 playable questions (3 multiple choice, 1 multiple answer, 2 true/false, 3 numerical, 0 short answer)"
mkdir "$tmp/empty"
"$game" --check-bank "$tmp/empty" >/dev/null; check test $? -eq 1
"$game" --check-bank "$tmp/nope.gift" >"$tmp/out"; check test $? -eq 1
check grep -q "no such file or folder" "$tmp/out"

# Names repeated across the files checked together (Moodle allows them) are
# warnings: the later question gets a derived id.
"$game" --check-bank "$fx/bank_all_kinds.gift" "$tmp/a.gift" >"$tmp/out"; check test $? -eq 0
check grep -q "warning: duplicate name 'un-choice' (first used at .*): this question's id is 'un-choice#2'" "$tmp/out"

# Checking needs no display.
env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$game" --check-bank "$fx/bank_crlf_bom.gift" >/dev/null
check test $? -eq 0
exit $fail
