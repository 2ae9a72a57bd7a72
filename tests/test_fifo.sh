# Issue 19, item 9: a FIFO where a file is expected (a *.gift in a bank
# folder, --config, a bundled font) never hangs the start: it is refused with
# a message naming it, and the rest goes on.
set -u
game=$1
src=$2
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/bank"
cp "$src/tests/fixtures/bank_all_kinds.gift" "$work/bank/a.gift"
mkfifo "$work/bank/b.gift"
timeout 10 "$game" --check-bank "$work/bank" >"$work/out" 2>&1
rc=$?
check test $rc -ne 124
check grep -q "b.gift.*FIFO" "$work/out"

timeout 10 "$game" --check-bank "$work/bank/b.gift" >"$work/out" 2>&1
check test $? -eq 1
check grep -q "b.gift.*FIFO" "$work/out"

mkfifo "$work/settings.conf"
timeout 10 "$game" --config "$work/settings.conf" --autoplay 2 --data-dir "$work/d" \
    >"$work/out" 2>"$work/err"
rc=$?
check test $rc -ne 124
check grep -q "settings.conf.*FIFO" "$work/err"

# A copy of the data folder whose Nastaliq font is a FIFO.
mkdir -p "$work/data/assets/fonts"
ln -s "$src/questions" "$work/data/questions"
for f in "$src"/assets/fonts/*; do ln -s "$f" "$work/data/assets/fonts/"; done
rm "$work/data/assets/fonts/NotoNastaliqUrdu-Regular.ttf"
mkfifo "$work/data/assets/fonts/NotoNastaliqUrdu-Regular.ttf"
AMAN_DATA_DIR=$work/data timeout 10 "$game" --autoplay 2 --data-dir "$work/d" \
    >"$work/out" 2>"$work/err"
rc=$?
check test $rc -ne 124
check grep -q "NotoNastaliqUrdu-Regular.ttf.*FIFO" "$work/err"
[ $fail -eq 0 ] || cat "$work/out" "$work/err" >&2
exit $fail
