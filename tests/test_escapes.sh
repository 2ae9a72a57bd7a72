# Issue 19, item 15: a file name holding a terminal escape sequence is
# printed escaped (\x1b...), never raw, in --check-bank and option errors.
set -u
game=$1
src=$2
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
esc=$(printf '\033')
name=$(printf 'x\033[2J\033]0;pwned\007.gift')
cp "$src/tests/fixtures/bank_unclosed_brace.gift" "$work/$name"
"$game" --check-bank "$work" >"$work/out" 2>&1
check grep -q 'x\\x1b\[2J\\x1b\]0;pwned\\x07.gift:3:28: error' "$work/out"
check test "$(grep -c "$esc" "$work/out")" -eq 0
"$game" --config "$work/$name.conf" 2>"$work/out"
check test $? -eq 2
check test "$(grep -c "$esc" "$work/out")" -eq 0
exit $fail
