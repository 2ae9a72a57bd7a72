#!/usr/bin/env bash
# Writes the template of every translatable string of Aman Quiz:
#   xgettext over game/ (keywords _ N_ ngettext pgettext C_), plus
#   game/devtools/tools/extract_bank over questions/ (bank texts with msgctxt "ID|field").
# usage: make-pot.sh SRCDIR EXTRACT_BANK|- OUT.pot
# The output carries no POT-Creation-Date and no line numbers for code (file
# names only), so it changes only when a string does: CI compares the committed
# locale/amanquiz.pot with a fresh one (tests/test_po_pot.sh).
set -euo pipefail
src=$(cd "$1" && pwd)
extractor=$2
out=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$src"
find game -name '*.[ch]' | LC_ALL=C sort >"$tmp/files"
xgettext --from-code=UTF-8 --language=C \
    --keyword=_ --keyword=N_ --keyword=ngettext:1,2 --keyword=pgettext:1c,2 --keyword=C_:1c,2 \
    --flag=_:1:pass-c-format --flag=N_:1:pass-c-format \
    --add-comments=TRANSLATORS: --sort-by-file --add-location=file \
    --package-name=amanquiz --msgid-bugs-address="the Aman Quiz issue tracker" \
    --files-from="$tmp/files" -o "$tmp/code.pot"

# "-" when the extractor is not built: the template then holds the code only;
# likewise while questions/ holds no .gift file yet.
if [ "$extractor" = - ] || ! compgen -G 'questions/*.gift' >/dev/null; then
    printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n' >"$tmp/bank.pot"
else
    "$extractor" --root "$src" -o "$tmp/bank.pot" questions
fi

msgcat --use-first "$tmp/code.pot" "$tmp/bank.pot" -o "$tmp/all.pot"
# A stable file: no creation date, UTF-8 declared.
sed -e '1s/.*/# Aman Quiz: every translatable string of the game and its question bank./' \
    -e '2,4d' -e '/^"POT-Creation-Date: /d' \
    -e 's/^"Content-Type: text\/plain; charset=CHARSET\\n"$/"Content-Type: text\/plain; charset=UTF-8\\n"/' \
    "$tmp/all.pot" >"$tmp/final.pot"
mv "$tmp/final.pot" "$out"
