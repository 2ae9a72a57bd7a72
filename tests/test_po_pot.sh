# CI gate: the committed locale/amanquiz.pot is what the tree generates
# (locale/make-pot.sh: xgettext over game/ plus the bank extractor over
# questions/). If it fails: cmake --build build --target pot, translate, commit.
set -u
src=$2
build=$3
extractor=-
if [ -e "$src/game/devtools/tools/extract_bank.c" ]; then
    extractor=$build/game/extract_bank
    [ -x "$extractor" ] || { echo "missing $extractor (build it first)" >&2; exit 1; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! bash "$src/locale/make-pot.sh" "$src" "$extractor" "$tmp/fresh.pot" 2>"$tmp/err"; then
    cat "$tmp/err" >&2
    echo "FAILED: could not regenerate the template" >&2
    exit 1
fi
strip_date() { grep -v '^"POT-Creation-Date: ' "$1"; }
if ! diff -u <(strip_date "$src/locale/amanquiz.pot") <(strip_date "$tmp/fresh.pot") >"$tmp/diff"; then
    head -60 "$tmp/diff" >&2
    echo "FAILED: locale/amanquiz.pot is stale; run: cmake --build build --target pot" >&2
    exit 1
fi
echo "locale/amanquiz.pot is up to date ($(grep -c '^msgid ' "$src/locale/amanquiz.pot") msgids)"
