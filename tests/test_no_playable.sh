# Issue 19, items 12 and 13 through the executable: --check-bank of a bank
# with no playable question fails with the reason, as --bank with it does;
# bad option values get exit 2 and one line.
set -u
game=$1
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$work/empty.gift"
printf '\357\273\277' >"$work/bom.gift"
printf '// only a comment\n// and another\n' >"$work/comments.gift"
printf '::essay:: Write about peacekeeping.{}\n' >"$work/essay.gift"
for f in empty bom comments essay; do
    "$game" --check-bank "$work/$f.gift" >"$work/out" 2>&1
    check test $? -ne 0
    check grep -q "error: no playable question" "$work/out"
    "$game" --bank "$work/$f.gift" --autoplay 1 --data-dir "$work/d" >/dev/null 2>&1
    check test $? -ne 0
done

for args in "--teams 0" "--seed -1" "--autoplay -1" "--since 2026-02-30" "--config /nonexistent"; do
    # shellcheck disable=SC2086
    env -u DISPLAY "$game" $args --autoplay 1 --data-dir "$work/d" >/dev/null 2>"$work/err"
    check test $? -eq 2
    check test "$(wc -l <"$work/err")" -eq 1
done
env -u DISPLAY "$game" --config "" --autoplay 1 --data-dir "$work/d" >/dev/null 2>"$work/err"
check test $? -eq 2
check grep -q -- "--config" "$work/err"
exit $fail
