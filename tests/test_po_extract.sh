# game/devtools/tools/extract_bank: every bank text with msgctxt "<id>|<field>", the
# file:line reference, the source sentence as an extracted comment, PO escapes,
# one entry per category; a bank with errors gives no template.
set -u
src=$2
build=$3
tool=$build/game/extract_bank
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check "$tool" --root "$src" -o "$tmp/bank.pot" "$src/tests/fixtures/bank_all_kinds.gift"
pot=$tmp/bank.pot
check msgcat -o "$tmp/norm.pot" "$pot"
has() { grep -qF -- "$1" "$pot" || { echo "missing: $1" >&2; return 1; }; }
check has 'msgctxt "un-choice|question"'
check has 'msgctxt "un-choice|choice.3.feedback"'
check has 'msgid "Partly: they are police officials."'
check has 'msgctxt "un-choice|general"'
check has 'msgctxt "un-choice|source"'
check has 'msgctxt "un-tf|tf.wrong"'
check has 'msgctxt "un-tf|tf.right"'
check has 'msgctxt "un-graded|numeric.2.feedback"'
check has '#: tests/fixtures/bank_all_kinds.gift:6'
check has '#. source: Over a hundred Pakistani police officials are soon expected to join United Nations peacekeeping missions.'
check has 'msgid "Escapes: {braces}, = equals, ~ tilde, # hash, back\\slash\nnew line"'
# Every field of a question carries the source comment.
check test "$(grep -c '^#. source: Over a hundred' "$pot")" -eq "$(grep -c '^msgctxt "un-choice|' "$pot")"
# One entry per category.
check test "$(grep -c '^msgid "Facts"' "$pot")" -eq 1
check test "$(grep -A1 '^msgctxt "category"' "$pot" | grep -c '^msgid')" -eq 2

# A broken bank: errors on stderr, exit status 1, no template written.
"$tool" -o "$tmp/bad.pot" "$src/tests/fixtures/bank_unclosed_brace.gift" 2>"$tmp/err"
check test $? -eq 1
check grep -q 'bank_unclosed_brace.gift:[0-9]*:[0-9]*: error' "$tmp/err"
check test ! -e "$tmp/bad.pot"
"$tool" 2>/dev/null
check test $? -eq 2
exit $fail
