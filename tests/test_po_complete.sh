# CI gate: locale/ur.po compiles with msgfmt -c, has every msgid of the
# template, no untranslated and no fuzzy message, and Urdu plural forms.
set -u
src=$2
po=$src/locale/ur.po
fail=0
stats=$(LC_ALL=C msgfmt -c --statistics -o /dev/null "$po" 2>&1)
rc=$?
echo "msgfmt: $stats"
if [ $rc -ne 0 ]; then echo "FAILED: msgfmt -c rejects $po" >&2; fail=1; fi
if grep -qE 'fuzzy|untranslated' <<<"$stats"; then
    echo "FAILED: $po has fuzzy or untranslated messages" >&2
    fail=1
fi
# Every msgid of the template is in ur.po (ur.po merged with the current .pot).
if ! LC_ALL=C msgcmp "$po" "$src/locale/amanquiz.pot" 2>/tmp/aq_msgcmp.$$; then
    head -20 /tmp/aq_msgcmp.$$ >&2
    echo "FAILED: $po lacks msgids of locale/amanquiz.pot; run: cmake --build build --target pot" >&2
    fail=1
fi
rm -f /tmp/aq_msgcmp.$$
if ! grep -qF '"Plural-Forms: nplurals=2; plural=(n != 1);\n"' "$po"; then
    echo "FAILED: $po must declare Plural-Forms: nplurals=2; plural=(n != 1);" >&2
    fail=1
fi
exit $fail
