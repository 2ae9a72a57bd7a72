# The report as a trainer sees it: headless Chromium (Debian's `chromium`)
# opens the English and the Urdu report of a simulated cohort and takes a
# screenshot of each; both must show (many colours: charts drawn, not a blank
# or an error page). The PNGs stay in <build>/report-shots/ to be looked at.
set -u
game=$1 build=$3
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
if ! command -v chromium >/dev/null; then
    echo "FAILED: chromium is not installed (apt-get install chromium)" >&2
    exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shots="$build/report-shots"
mkdir -p "$shots"
"$build/game/fill_cohort" --data-dir "$tmp" --bank "$2/questions" --seed 1 >/dev/null 2>&1
for lang in en ur; do
    env -u DISPLAY "$game" --report "$tmp/$lang.html" --data-dir "$tmp" --lang "$lang" 2>/dev/null
    check test $? -eq 0
    rm -f "$shots/report-$lang.png"
    timeout 90 chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$tmp/profile-$lang" \
        --hide-scrollbars --window-size=1100,2400 --screenshot="$shots/report-$lang.png" \
        "file://$tmp/$lang.html" >/dev/null 2>&1
    check test -s "$shots/report-$lang.png"
    colours=$(convert "$shots/report-$lang.png" -format %k info: 2>/dev/null || echo 0)
    check test "${colours:-0}" -gt 500
done
exit $fail
