# Helpers sourced by tests/test_po_*.sh (not a test itself).

# po_entries FILE: one line per message (header and obsolete entries left out):
#   msgctxt TAB msgid TAB msgid_plural TAB msgstr[0] TAB msgstr[1] ...
# Strings stay PO-escaped (\n, \t, \"), so a line never holds a raw tab or newline.
# perl is part of every Debian system (perl-base is essential).
po_entries() {
    perl -CSD -ne '
        sub flush {
            if (defined $e{id} && $e{id} ne "" && !$obs) {
                my @s = map { $e{"s$_"} // "" } sort { $a <=> $b } grep { defined $e{"s$_"} }
                        0 .. 9;
                print join("\t", $e{ctx} // "", $e{id}, $e{pl} // "", @s), "\n";
            }
            %e = (); $obs = 0; $cur = undef;
        }
        chomp;
        if (/^\s*$/) { flush(); next }
        if (/^#~/) { $obs = 1; next }
        next if /^#/;
        if (/^msgctxt "(.*)"$/)         { $cur = "ctx"; $e{ctx} = $1; next }
        if (/^msgid "(.*)"$/)           { $cur = "id";  $e{id} = $1;  next }
        if (/^msgid_plural "(.*)"$/)    { $cur = "pl";  $e{pl} = $1;  next }
        if (/^msgstr "(.*)"$/)          { $cur = "s0";  $e{s0} = $1;  next }
        if (/^msgstr\[(\d)\] "(.*)"$/)  { $cur = "s$1"; $e{"s$1"} = $2; next }
        if (/^"(.*)"$/ && defined $cur) { $e{$cur} .= $1; next }
        END { flush() }
    ' "$1"
}
