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

# po_glossary_lint PO GLOSSARY: one line per msgstr of PO that uses a variant
# the glossary (locale/glossary.md) rejects, or that puts a space before Urdu
# punctuation. The glossary's table rows are read as the file describes:
# column 2 the accepted terms, column 3 the rejected variants, each in «»; a
# variant matches as whole words, "…" at its end allows any ending; the
# row's accepted terms are blanked out first («پن» rejected, «پن کوڈ» fine),
# but not one inside the variant itself (accepted «غلط», rejected «درست یا غلط»).
# Exits 2 when the glossary holds fewer than 10 rows (it was not read).
po_glossary_lint() {
    po_entries "$1" | GLOSSARY="$2" perl -CSD -e '
        sub rx {
            my $t = shift;
            my $open = $t =~ s/\x{2026}$//;
            my $r = quotemeta($t);
            $r =~ s/\\ /\\s+/g;
            return qr/(?<![\p{L}\p{M}])$r/ if $open;
            return qr/(?<![\p{L}\p{M}])$r(?![\p{L}\p{M}])/;
        }
        open(my $g, "<:encoding(UTF-8)", $ENV{GLOSSARY}) or die "$ENV{GLOSSARY}: $!\n";
        my @rows;
        while (my $l = <$g>) {
            next unless $l =~ /^\|/;
            my @c = split /\|/, $l;
            next unless @c >= 4 && $c[2] =~ /\x{AB}/;
            my @ok = map { [$_, rx($_)] } $c[2] =~ /\x{AB}([^\x{BB}]+)\x{BB}/g;
            my @no = $c[3] =~ /\x{AB}([^\x{BB}]+)\x{BB}/g;
            push @rows, { line => $., ok => \@ok, no => [ map { [$_, rx($_)] } @no ] } if @no;
        }
        if (@rows < 10) {
            print STDERR "$ENV{GLOSSARY}: only ", scalar(@rows), " glossary rows read\n";
            exit 2;
        }
        while (my $e = <STDIN>) {
            chomp $e;
            my ($ctx, $id, $pl, @strs) = split /\t/, $e, -1;
            my $where = "msgctxt \"$ctx\" msgid \"$id\"";
            for my $s (@strs) {
                for my $r (@rows) {
                    for my $v (@{ $r->{no} }) {
                        my $t = $s;
                        for my $ok (@{ $r->{ok} }) {
                            (my $term = $ok->[0]) =~ s/\x{2026}$//;
                            $t =~ s/$ok->[1]/ /g if index($v->[0], $term) < 0;
                        }
                        print "$where: rejected variant \x{AB}$v->[0]\x{BB} in \"$s\" ($ENV{GLOSSARY}:$r->{line})\n"
                            if $t =~ $v->[1];
                    }
                }
                print "$where: space before \"$1\" in \"$s\" (Urdu punctuation sits against its word)\n"
                    if $s =~ /\s([\x{06D4}\x{060C}\x{061B}\x{061F}!])/;
            }
        }'
}
