# Issue 19, item 1: two games started together on one new data folder (a
# kiosk and a trainer's export, two windows on one PC) both save every
# answer, every time: 10 races of two 30-question training rounds, then 5
# more on a folder holding a schema-1 database both must upgrade.
set -u
game=$1
fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
race() { # $1: folder
    "$game" --mode training --trainee 1 --autoplay 30 --seed 1 --data-dir "$1" \
        >/dev/null 2>"$work/err1" &
    local first=$!
    "$game" --mode training --trainee 2 --autoplay 30 --seed 2 --data-dir "$1" \
        >/dev/null 2>"$work/err2"
    local second=$?
    wait $first
    local rc1=$?
    local n
    n=$(sqlite3 "$1/results.sqlite" "SELECT count(*) FROM answers a JOIN sessions s ON s.id = a.session WHERE s.trainee IN ('1', '2')")
    if [ $rc1 -ne 0 ] || [ $second -ne 0 ] || [ "$n" != 60 ] || [ -s "$work/err1" ] ||
        [ -s "$work/err2" ] || ls "$1" | grep -q corrupt; then
        echo "FAILED: race in $1: exit $rc1/$second, $n of 60 answers saved" >&2
        cat "$work/err1" "$work/err2" >&2
        ls "$1" >&2
        fail=1
    fi
}
for i in $(seq 1 10); do
    mkdir "$work/new$i"
    race "$work/new$i"
done
for i in $(seq 1 5); do
    mkdir "$work/old$i"
    sqlite3 "$work/old$i/results.sqlite" \
        "CREATE TABLE sessions(id INTEGER PRIMARY KEY, mode TEXT NOT NULL, trainee TEXT,
           lang TEXT NOT NULL, started TEXT NOT NULL, ended TEXT, score INTEGER);
         CREATE TABLE answers(id INTEGER PRIMARY KEY, session INTEGER NOT NULL,
           time TEXT NOT NULL, question_id TEXT NOT NULL, chosen TEXT NOT NULL,
           correct INTEGER NOT NULL, points INTEGER NOT NULL, ms INTEGER NOT NULL,
           lang TEXT NOT NULL);
         CREATE TABLE high_scores(id INTEGER PRIMARY KEY, mode TEXT NOT NULL,
           name TEXT NOT NULL, score INTEGER NOT NULL, date TEXT NOT NULL);
         PRAGMA user_version = 1;"
    race "$work/old$i"
done
exit $fail
