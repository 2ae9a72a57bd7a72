# Issue 19, items 3, 4 and 7 through the executable: a newer database is
# left alone by a game and read by an export; an export never writes to the
# data folder; a failed export keeps the earlier one; a FIFO as the target is
# refused and left in place.
set -u
game=$1
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/data
mkdir "$data"
"$game" --mode training --trainee 5 --autoplay 20 --seed 3 --data-dir "$data" >/dev/null
check test "$(sqlite3 "$data/results.sqlite" 'SELECT count(*) FROM answers')" = 20

# A downgrade: the database says a newer version made it.
sqlite3 "$data/results.sqlite" "PRAGMA user_version = 9; CREATE TABLE later(x);"
sum=$(md5sum <"$data/results.sqlite")
"$game" --mode training --trainee 5 --autoplay 5 --seed 3 --data-dir "$data" >/dev/null \
    2>"$work/err"
check grep -q "newer version" "$work/err"
check test "$(md5sum <"$data/results.sqlite")" = "$sum"
check test -z "$(ls "$data" | grep corrupt)"
"$game" --export-results "$work/out.csv" --data-dir "$data" 2>"$work/err"
check test $? -eq 0
check test "$(wc -l <"$work/out.csv")" -eq 21
check test -z "$(ls "$data" | grep corrupt)"
check test "$(md5sum <"$data/results.sqlite")" = "$sum"

# Damaged: the export reads nothing, says so, exits 1 and moves nothing.
printf 'not a database at all, just text that is long enough\n%.0s' $(seq 1 80) \
    >"$data/results.sqlite"
rm -f "$data/results.sqlite-wal" "$data/results.sqlite-shm"
"$game" --export-results "$work/bad.csv" --data-dir "$data" 2>"$work/err"
check test $? -eq 1
check grep -q "cannot read results" "$work/err"
check test ! -e "$work/bad.csv"
check test -z "$(ls "$data" | grep corrupt)"

# A failed export (the file size limit as a full disk) keeps the earlier one.
rm -f "$data"/results.sqlite*
"$game" --mode training --trainee 5 --autoplay 60 --seed 3 --data-dir "$data" >/dev/null
printf 'the earlier export\r\n' >"$work/keep.csv"
(ulimit -f 4; trap '' XFSZ; exec "$game" --export-results "$work/keep.csv" --data-dir "$data") \
    2>"$work/err"
check test $? -ne 0
check test "$(cat "$work/keep.csv")" = "$(printf 'the earlier export\r')"
check test "$(ls "$work" | grep -c 'keep.csv')" -eq 1

# A FIFO as the target: refused at once, still a FIFO.
mkfifo "$work/pipe.csv"
timeout 10 "$game" --export-results "$work/pipe.csv" --data-dir "$data" 2>"$work/err"
check test $? -eq 1
check grep -q "not a regular file" "$work/err"
check test -p "$work/pipe.csv"
exit $fail
