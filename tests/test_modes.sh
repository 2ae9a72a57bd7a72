# The modes from the command line: --autoplay in each mode with its options
# and a temporary --data-dir, kill -9 in the middle of a round, a garbage
# results database, and --export-results with --trainee and --since.
set -u
game=$1
fail=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
run() { env -u DISPLAY "$game" "$@"; }
rows() { # answer rows in the export of data folder $1 (extra options after)
    local d=$1
    shift
    run --export-results - --data-dir "$d" "$@" 2>/dev/null | tail -n +2 | grep -c .
}

# --autoplay in every mode.
for mode in play classroom training kiosk; do
    d=$out/$mode
    run --autoplay 4 --seed 9 --mode "$mode" --teams 3 --trainee 1001 --data-dir "$d" \
        >"$out/$mode.txt" 2>"$out/$mode.err"
    check test $? -eq 0
    check grep -qE '^score [0-9]+ correct [0-9]+/4' "$out/$mode.txt"
    check test "$(rows "$d")" -eq 4
done
check test "$(rows "$out/training" --trainee 1001)" -eq 4
check grep -q "teams.*classroom" "$out/training.err" # --teams is only for classrooms
# Training without --trainee: the robot signs in on the keypad (as 42).
run --autoplay 3 --seed 9 --mode training --data-dir "$out/signin" >/dev/null
check test $? -eq 0
check test "$(rows "$out/signin" --trainee 42)" -eq 3
# Bad mode options are refused with a message.
run --autoplay 2 --mode dance --data-dir "$out/bad" 2>"$out/err"
check test $? -ne 0
check grep -q "unknown mode 'dance'" "$out/err"
run --autoplay 2 --mode classroom --teams 9 --data-dir "$out/bad" 2>"$out/err"
check test $? -ne 0
check grep -q "teams" "$out/err"
run --autoplay 2 --mode training --trainee abc --data-dir "$out/bad" 2>"$out/err"
check test $? -ne 0
check grep -q "abc" "$out/err"

# kill -9 in the middle of a round: every answer already given is kept.
d=$out/killed
env -u DISPLAY "$game" --autoplay 50 --seed 4 --mode training --trainee 77 --data-dir "$d" \
    >/dev/null 2>&1 &
pid=$!
seen=0
for _ in $(seq 1 400); do
    [ -e "$d/results.sqlite" ] && seen=$(rows "$d")
    [ "$seen" -ge 3 ] && break
    sleep 0.02
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
check test "$seen" -ge 3
after=$(rows "$d")
check test "$after" -ge "$seen"
check test "$after" -lt 50 # it really was killed mid-round
# The store opens again and a new round adds to it.
run --autoplay 2 --seed 5 --mode training --trainee 77 --data-dir "$d" >/dev/null
check test $? -eq 0
check test "$(rows "$d")" -eq $((after + 2))

# A garbage database is moved aside with a message; the game plays on.
d=$out/garbage
mkdir -p "$d"
head -c 5000 /dev/urandom >"$d/results.sqlite"
run --autoplay 3 --seed 2 --mode kiosk --data-dir "$d" >"$out/g.txt" 2>"$out/g.err"
check test $? -eq 0
check grep -qE '^score [0-9]+ correct [0-9]+/3' "$out/g.txt"
check grep -q "corrupt" "$out/g.err"
check test -n "$(ls "$d" | grep 'results.sqlite.corrupt-')"
check test "$(rows "$d")" -eq 3

# --export-results: to a file, filtered by trainee and date.
d=$out/training
run --export-results "$out/all.csv" --data-dir "$d" 2>"$out/msg"
check test $? -eq 0
check grep -q "all.csv" "$out/msg"
check test "$(head -1 "$out/all.csv" | tr -d '\r')" = \
    "trainee,session,time,question_id,chosen,correct,points,milliseconds,language,question,source,player"
check test "$(tail -n +2 "$out/all.csv" | grep -c '^1001,')" -eq 4
today=$(date +%F)
check test "$(rows "$d" --since "$today")" -eq 4
check test "$(rows "$d" --since 2999-01-01)" -eq 0
check test "$(rows "$d" --since 2000-01-01 --trainee 1001)" -eq 4
check test "$(rows "$d" --trainee 9999)" -eq 0
run --export-results "$out/x.csv" --data-dir "$d" --since 2026-13-45 2>"$out/err"
check test $? -eq 2 # a bad option value (issue 19, item 13)
check grep -q "2026-13-45" "$out/err"
check test ! -e "$out/x.csv"
run --export-results "$out/x.csv" --data-dir "$out/nothing-here" 2>"$out/err"
check test $? -eq 1
check grep -q "no results" "$out/err"
run --export-results "$out/no/such/dir/x.csv" --data-dir "$d" 2>"$out/err"
check test $? -eq 1
check grep -q "cannot write" "$out/err"
# Every scene of the modes renders in both languages at the kiosk and the
# projector size: the PNG has the asked size and is not a flat fill.
png_size() { # width x height from the IHDR chunk
    local hex
    hex=$(od -An -tx1 -j16 -N8 "$1" | tr -d ' \n')
    echo "$((16#${hex:0:8}))x$((16#${hex:8:8}))"
}
for size in 1024x600 1920x1080; do
    for spec in attract:kiosk stillthere:kiosk admin:kiosk signin:training drills:training \
        scoreboard:classroom teacher_help:classroom; do
        scene=${spec%%:*}
        mode=${spec#*:}
        for lang in en ur; do
            f=$out/$scene-$lang-$size.png
            run --screenshot "$f" --scene "$scene" --mode "$mode" --lang "$lang" \
                --size "$size" --seed 3 --data-dir "$out/training"
            check test $? -eq 0
            check test "$(png_size "$f")" = "$size"
            check test "$(stat -c %s "$f")" -gt 12000
        done
        check test -n "$(cmp "$out/$scene-en-$size.png" "$out/$scene-ur-$size.png")"
    done
done
exit $fail
