# Issue 19, item 8: a damaged Urdu catalog (Plural-Forms "plural=n/0", a
# translation reading "%s" where the English has "%d", Latin-1 bytes) is
# refused with a message and the game plays in English: no SIGFPE, no
# SIGSEGV, in play and in --check-bank.
set -u
game=$1
src=$2
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/locale/ur/LC_MESSAGES"
cp "$game" "$work/bin/amanquiz"
export AMAN_DATA_DIR=$src
mo=$work/locale/ur/LC_MESSAGES/amanquiz.mo
bad_catalog() { # $1: what, $2: sed script on ur.po
    sed -e "$2" "$src/locale/ur.po" >"$work/ur.po"
    msgfmt -o "$mo" "$work/ur.po" || { echo "FAILED: msgfmt for $1" >&2; fail=1; }
    "$work/bin/amanquiz" --lang ur --autoplay 3 --seed 1 --data-dir "$work/data" \
        >"$work/out" 2>"$work/err"
    local rc=$?
    check test "$rc" -eq 0
    check grep -q "could not be activated" "$work/err"
    "$work/bin/amanquiz" --lang ur --check-bank "$src/tests/fixtures/bank_all_kinds.gift" \
        >"$work/out" 2>"$work/err"
    rc=$?
    check test "$rc" -lt 128
    [ $fail -eq 0 ] || { echo "($1)" >&2; cat "$work/err" >&2; }
}
bad_catalog "plural=n/0" 's|plural=(n != 1);|plural=n/0;|'
bad_catalog "%s for %d" '/^msgid "Score %d"$/{n;s|.*|msgstr "اسکور %s"|}'
bad_catalog "Latin-1" 's|charset=UTF-8|charset=ISO-8859-1|'
exit $fail
