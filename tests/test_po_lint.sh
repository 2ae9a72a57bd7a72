# CI gate: Urdu strings are written in Urdu (docs/platform-notes.md, "gettext and locales"):
# - no Arabic letters where Urdu has its own: kaf U+0643 (use keheh U+06A9),
#   yeh U+064A and alef maksura U+0649 (use U+06CC), heh U+0647 (use U+06C1 or
#   U+06BE), and no Arabic-Indic digits U+0660..U+0669 (Urdu digits are U+06F0..);
# - Urdu punctuation: no ASCII ? ; (use ؟ ؛), no ASCII comma outside numbers
#   (use ،), no ASCII full stop ending a sentence (use ۔);
# - no Latin letters, except printf placeholders, --option names, the acronyms
#   below, and the literals below when the msgid has them too (things a user
#   types or a system prints: they must stay as they are);
# - a sign before a number ("+%d") and an ISO date (2024-06-08) sit inside a
#   left-to-right isolate (U+2066 ... U+2069): in a right-to-left line the
#   bidi algorithm would otherwise show "+5" as "5+" and the date as
#   08-06-2024 (docs/platform-notes.md, "Right-to-left text");
# - one Urdu term per concept: no variant that locale/glossary.md rejects, and
#   no space before Urdu punctuation (po_glossary_lint in tests/po_lib.sh).
set -u
src=$2
po=$src/locale/ur.po
. "$src/tests/po_lib.sh"

ACRONYMS='UN CSV ID UTF-8 URL'
LITERALS='amanquiz DISPLAY LANGUAGE AMAN_DATA_DIR xvfb-run locale-gen assets/fonts FILE.png
          1280x720 ur_PK.UTF-8 ur_IN.UTF-8 C.UTF-8 en ur
          play classroom training kiosk title question feedback summary scores
          attract signin drills scoreboard teacher_help admin stillthere results lobby phoneq H
          .gift @source @difficulty %%n%% 0x NUL true false auto HOME #rrggbb #1e88e5
          Enter L V F11 postgresql://user@host/db postgresql:// PostgreSQL sync_url
          docs/fleet.md espeak-ng espeak-ng-data libespeak-ng-dev apt-get install FILE.wav M
          Plural-Forms nplurals= plural=
          Moodle GIFT'

bad=$(po_entries "$po" | ACRONYMS="$ACRONYMS" LITERALS="$LITERALS" perl -CSD -ne '
    BEGIN {
        @acr = split " ", $ENV{ACRONYMS};
        @lit = sort { length($b) <=> length($a) } split " ", $ENV{LITERALS};
    }
    chomp;
    my ($ctx, $id, $pl, @strs) = split /\t/, $_, -1;
    my $where = "msgctxt \"$ctx\" msgid \"$id\"";
    for my $s (@strs) {
        next if $s eq "";
        if ($s =~ /([\x{0643}\x{064A}\x{0649}\x{0647}\x{0660}-\x{0669}])/) {
            printf "%s: Arabic code point U+%04X in \"%s\"\n", $where, ord($1), $s;
        }
        my $t = $s;
        $t =~ s/\\[nt"\\]/ /g;
        $t =~ s/%(?:\d+\$)?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcsp]/ /g;
        $t =~ s/--[a-z][a-z-]*/ /g;
        for my $w (@lit) {
            next unless index("$id $pl", $w) >= 0;
            $t =~ s/(?<![A-Za-z_])\Q$w\E(?![A-Za-z_])/ /g;
        }
        $t =~ s/(?<![A-Za-z_])\Q$_\E(?![A-Za-z_])/ /g for @acr;
        print "$where: Latin letters \"$1\" in \"$s\"\n" if $t =~ /([A-Za-z][A-Za-z._-]*)/;
        print "$where: ASCII \"$1\" in \"$s\" (use \x{061F} \x{061B})\n" if $t =~ /([?;])/;
        print "$where: ASCII comma in \"$s\" (use \x{060C})\n" if $t =~ /(?<![0-9]),|,(?![0-9])/;
        print "$where: ASCII full stop ends \"$s\" (use \x{06D4})\n" if $t =~ /(?<!\.)\.\s*$/;
        print "$where: sign before a number outside an isolate in \"$s\" (wrap it in U+2066..U+2069)\n"
            if $s =~ /(?<!\x{2066})[+-]%(?:\d+\$)?[-+ #0]*\d*[di]/;
        print "$where: ISO date outside an isolate in \"$s\" (wrap it in U+2066..U+2069)\n"
            if $s =~ /(?<!\x{2066})\d{4}-\d\d-\d\d/;
    }')
if [ -n "$bad" ]; then
    echo "$bad" >&2
    echo "FAILED: $(wc -l <<<"$bad") Urdu strings in $po break the lint" >&2
    exit 1
fi

# One Urdu term per concept (locale/glossary.md). First the checker itself, on
# a fixture whose BAD entries must all be flagged and whose GOOD ones must not.
glossary=$src/locale/glossary.md
fixture=$src/tests/fixtures/po_glossary_rejected.po
got=$(po_glossary_lint "$fixture" "$glossary" | sed -n 's/^msgctxt "[^"]*" msgid "\([^"]*\)":.*/\1/p' |
      LC_ALL=C sort -u)
want=$(printf '%s\n' '%d Pakistani lost their life.' '%d true/false' 'Blue' 'Still there?' \
       'UN peacekeeping operations' 'Wrong PIN.' | LC_ALL=C sort)
if [ "$got" != "$want" ]; then
    printf 'FAILED: the glossary check flags\n%s\nin %s, expected\n%s\n' "$got" "$fixture" "$want" >&2
    exit 1
fi
bad=$(po_glossary_lint "$po" "$glossary") || { echo "FAILED: cannot read $glossary" >&2; exit 1; }
if [ -n "$bad" ]; then
    echo "$bad" >&2
    echo "FAILED: $(wc -l <<<"$bad") Urdu strings in $po use a term the glossary rejects" >&2
    exit 1
fi
echo "lint: $(po_entries "$po" | wc -l) Urdu messages clean"
