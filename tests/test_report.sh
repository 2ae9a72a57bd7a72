# The trainer's report: a simulated cohort (game/devtools/tools/fill_cohort.c)
# with planted questions; the report flags exactly those, in English and Urdu,
# with no script, dir="rtl" and the Nastaliq font embedded in Urdu, and clear
# messages for a bad date or a missing database.
set -u
game=$1 build=$3
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fill="$build/game/fill_cohort"
"$fill" --data-dir "$tmp" --bank "$2/questions" --seed 7 >"$tmp/planted" 2>/dev/null
check test $? -eq 0
check test "$(wc -l <"$tmp/planted")" -eq 6
sed -n 's/^planted [a-z-]* //p' "$tmp/planted" | sort >"$tmp/want"

flagged() { grep -o 'class="item flagged" data-question="[^"]*"' "$1" | sed 's/.*data-question="//; s/"$//' | sort; }

for lang in en ur; do
    html="$tmp/report-$lang.html"
    env -u DISPLAY "$game" --report "$html" --data-dir "$tmp" --lang "$lang" 2>"$tmp/err"
    check test $? -eq 0
    check test -s "$html"
    [ "$lang" = en ] && check grep -q "report written" "$tmp/err"
    flagged "$html" >"$tmp/got-$lang"
    if ! diff -u "$tmp/want" "$tmp/got-$lang"; then
        echo "FAILED: the $lang report does not flag exactly the planted questions" >&2
        fail=1
    fi
    # every misleading question is flagged for its discrimination, every easy one as too easy
    for id in $(sed -n 's/^planted misleading //p' "$tmp/planted"); do
        check grep -q "data-question=\"$id\" data-flags=\"[a-z -]*low-discrimination" "$html"
    done
    for id in $(sed -n 's/^planted too-easy //p' "$tmp/planted"); do
        check grep -q "data-question=\"$id\" data-flags=\"too-easy" "$html"
    done
    check test "$(grep -ci '<script' "$html")" -eq 0
    check test "$(grep -o '<svg' "$html" | wc -l)" -ge 62 # cohort, topics, 2 per trainee
    check test "$(grep -o 'data-trainee=' "$html" | wc -l)" -eq 30
done
check grep -q '<html lang="ur" dir="rtl">' "$tmp/report-ur.html"
check grep -q '@font-face{font-family:.Aman Nastaliq.;src:url(data:font/ttf;base64,AAEAAA' "$tmp/report-ur.html"
check grep -q '<html lang="en" dir="ltr">' "$tmp/report-en.html"
check grep -q 'Item analysis' "$tmp/report-en.html"

# one trainee, and --since after every answer: an empty report, still valid
env -u DISPLAY "$game" --report "$tmp/one.html" --data-dir "$tmp" --trainee 1005 2>/dev/null
check test "$(grep -o 'data-trainee=' "$tmp/one.html" | wc -l)" -eq 1
env -u DISPLAY "$game" --report "$tmp/none.html" --data-dir "$tmp" --since 2099-01-01 2>/dev/null
check grep -q 'No training answers yet' "$tmp/none.html"

# Urdu digits when the setting says so
printf 'urdu_digits = true\n' >"$tmp/digits.conf"
env -u DISPLAY "$game" --report "$tmp/digits.html" --data-dir "$tmp" --lang ur --config "$tmp/digits.conf" 2>/dev/null
check grep -q '۳۰' "$tmp/digits.html"  # 30 trainees
check grep -q '<dd>30</dd>' "$tmp/report-ur.html"

# bad input: a clear message, exit 2 for a bad option (1 for no results), no file left behind
env -u DISPLAY "$game" --report "$tmp/bad.html" --data-dir "$tmp" --since 2026-13-01 2>"$tmp/err"
check test $? -eq 2
check grep -q "needs a date such as 2026-01-31, not '2026-13-01'" "$tmp/err"
check test ! -e "$tmp/bad.html"
mkdir "$tmp/empty"
env -u DISPLAY "$game" --report "$tmp/bad.html" --data-dir "$tmp/empty" 2>"$tmp/err"
check test $? -eq 1
check grep -q "no results to report" "$tmp/err"
env -u DISPLAY "$game" --report "$tmp/no/such/dir/r.html" --data-dir "$tmp" 2>"$tmp/err"
check test $? -eq 1
check grep -q "no/such/dir/r.html: error: cannot write" "$tmp/err"
exit $fail
