# CI gate: every msgstr keeps the placeholders of its msgid. msgfmt -c checks
# printf directives of c-format messages; this adds python-style %(name)s and
# brace-style {name} / {0} (ICU, Python format) placeholders in every message,
# bank texts included, which have no format flag; and the same numbers
# (years, counts, dates), in Western or Urdu digits, with or without thousands
# separators: a translation must not change a fact.
set -u
src=$2
po=$src/locale/ur.po
. "$src/tests/po_lib.sh"
fail=0
if ! LC_ALL=C msgfmt -c -o /dev/null "$po"; then
    echo "FAILED: msgfmt -c finds printf placeholders that do not match in $po" >&2
    fail=1
fi
bad=$(po_entries "$po" | perl -CSD -ne '
    chomp;
    my ($ctx, $id, $pl, @strs) = split /\t/, $_, -1;
    sub keys_of { my @k = ($_[0] =~ /(%\(\w+\)[a-z]|\{[\w.]*\})/g); join " ", sort @k }
    sub nums_of {
        my $t = shift;
        $t =~ s/%[-+ #0-9.*\$]*[a-zA-Z]+//g;
        $t =~ tr/\x{06F0}-\x{06F9}/0-9/;
        $t =~ s/(\d)[,\x{066C}](\d{3})/$1$2/g while $t =~ /\d[,\x{066C}]\d{3}/;
        join " ", sort($t =~ /\d+(?:\.\d+)?/g);
    }
    my $want = keys_of($id);
    my $nums = nums_of($id);
    for my $s (@strs) {
        next if $s eq "";
        my $got = keys_of($s);
        print "msgctxt \"$ctx\" msgid \"$id\": wants [$want], msgstr has [$got]\n" if $got ne $want;
        my $n = nums_of($s);
        print "msgctxt \"$ctx\" msgid \"$id\": numbers [$nums], msgstr has [$n]\n" if $n ne $nums;
    }')
if [ -n "$bad" ]; then
    echo "$bad" >&2
    echo "FAILED: placeholders or numbers differ between msgid and msgstr in $po" >&2
    fail=1
fi
[ $fail -eq 0 ] && echo "placeholders match in $(po_entries "$po" | wc -l) messages"
exit $fail
