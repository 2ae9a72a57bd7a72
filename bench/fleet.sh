#!/usr/bin/env bash
# Fleet sync benchmark (docs/fleet.md): ANSWERS answers (default 100,000) from
# DEVICES devices (default 10) reach a private PostgreSQL (tests/lib_pg.sh);
# prints events per second, and the RSS a device adds while it syncs.
#   bench/fleet.sh [ANSWERS [DEVICES]]     (build first: scripts/quickstart.sh test)
# Each device's results.sqlite is made by the game (schema and device id),
# then filled with sessions of 10 answers by SQL: the game's own triggers
# queue every row in the outbox, as play would, without hours of autoplay.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
game=${GAME:-$here/build/game/amanquiz}
answers=${1:-100000}
devices=${2:-10}
. "$here/tests/lib_pg.sh"
tmp=$(mktemp -d)
trap 'pg_stop; rm -rf "$tmp"' EXIT
chmod 711 "$tmp"
mkdir "$tmp/pg"
pg_start "$tmp/pg"
per=$((answers / devices))

fill() { # dir, answers: sessions of 10 answers, each ended, one high score each
    sqlite3 "$1/results.sqlite" <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2 / 10)
INSERT INTO sessions(mode, trainee, lang, started)
    SELECT 'training', CAST(1000 + i % 50 AS TEXT), 'en', '2026-11-28T09:00:00+05:00' FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $2 - 1)
INSERT INTO answers(session, time, question_id, chosen, correct, fraction, points, ms, lang)
    SELECT (SELECT min(id) FROM sessions) + i / 10, '2026-11-28T09:00:05+05:00',
           'un-' || (i % 57), 'A', i % 3 > 0, i % 3 > 0, 100 * (i % 3 > 0), 1500 + i % 900, 'en'
    FROM n;
UPDATE sessions SET ended = '2026-11-28T09:05:00+05:00', score = 700;
INSERT INTO high_scores(mode, name, score, date)
    SELECT 'training', coalesce(trainee, 'player'), score, ended FROM sessions;
COMMIT;
SQL
}

for d in $(seq "$devices"); do
    "$game" --autoplay 1 --seed "$d" --data-dir "$tmp/d$d" >/dev/null
    fill "$tmp/d$d" "$per"
done
events=0
local=0
for d in $(seq "$devices"); do
    events=$((events + $(sqlite3 "$tmp/d$d/results.sqlite" "SELECT count(*) FROM outbox")))
    local=$((local + $(sqlite3 "$tmp/d$d/results.sqlite" "SELECT count(*) FROM answers")))
done
echo "devices: $devices, answers: $local, events waiting (sessions, answers, ends, high scores): $events"

start=$(date +%s.%N)
pids=()
for d in $(seq "$devices"); do
    "$game" --data-dir "$tmp/d$d" --sync-now --sync "$PG_URL" >"$tmp/sync$d.log" 2>&1 &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
end=$(date +%s.%N)
central=$(pg_sql "SELECT count(*) FROM answers")
[ "$central" = "$local" ] || { echo "FAILED: $central answers in the centre" >&2; exit 1; }
awk -v e="$events" -v a="$central" -v s="$start" -v t="$end" 'BEGIN {
    printf "all %d events (%d answers) in the centre in %.2f s: %.0f events/s, %.0f answers/s\n",
           e, a, t - s, e / (t - s), a / (t - s) }'

# RSS: the same device plays 200 questions with 10,000 events waiting, once
# without sync and once syncing them all to the centre meanwhile.
rss() { # peak RSS in kB of amanquiz with these options
    /usr/bin/time -f %M "$game" "$@" 2>&1 >/dev/null | tail -1
}
for mode in off on; do
    rm -rf "$tmp/r"
    "$game" --autoplay 1 --seed 1 --data-dir "$tmp/r" >/dev/null
    fill "$tmp/r" 10000
    if [ $mode = off ]; then
        off=$(rss --autoplay 200 --seed 3 --data-dir "$tmp/r")
    else
        on=$(rss --autoplay 200 --seed 3 --data-dir "$tmp/r" --sync "$PG_URL")
        left=$(sqlite3 "$tmp/r/results.sqlite" "SELECT count(*) FROM outbox")
    fi
done
echo "peak RSS playing 200 questions: ${off} kB without sync, ${on} kB while syncing 10,000+ events" \
    "(added $((on - off)) kB; $left left waiting at exit)"
