# Issue 19, item 11: --screenshot checks every write. /dev/full fails with the
# reason; a full disk (a file size limit) leaves no partial PNG and keeps the
# earlier one; a FIFO is refused at once and stays; /dev/null works.
set -u
game=$1
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shot() { env -u DISPLAY "$game" --size 640x360 --screenshot "$@"; }

shot /dev/full 2>"$work/err"
check test $? -ne 0
check grep -q "/dev/full.*No space" "$work/err"
shot /dev/null
check test $? -eq 0
check test -c /dev/null

shot "$work/a.png"
check test $? -eq 0
before=$(md5sum <"$work/a.png")
(ulimit -f 20; trap '' XFSZ; shot "$work/a.png") 2>"$work/err"
check test $? -ne 0
check grep -q "a.png" "$work/err"
check test "$(md5sum <"$work/a.png")" = "$before"
(ulimit -f 20; trap '' XFSZ; shot "$work/b.png") 2>/dev/null
check test $? -ne 0
check test ! -e "$work/b.png"
check test "$(ls "$work" | grep -c tmp)" -eq 0

mkfifo "$work/c.png"
timeout 10 env -u DISPLAY "$game" --size 640x360 --screenshot "$work/c.png" 2>"$work/err"
check test $? -eq 1
check grep -q "FIFO" "$work/err"
check test -p "$work/c.png"
exit $fail
