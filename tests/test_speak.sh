# --speak ID --lang en|ur --wav FILE: the read-aloud of one question as a WAV,
# with no display and no audio device; its errors; the no-espeak-ng build says why.
set -u
game=$1
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Bytes 22-43 of a RIFF WAVE header: channels, rate, ..., data size.
field() { od -An -t u"$3" -j "$2" -N "$3" "$1" | tr -d ' '; }
seconds_x10() { echo $(($(field "$1" 40 4) * 10 / 2 / $(field "$1" 24 4))); }

if ! "$game" --speak contrib-since --lang en --wav "$tmp/probe.wav" 2>"$tmp/probe.err"; then
    # Built without espeak-ng: one clear line, nothing written.
    check grep -q "espeak-ng" "$tmp/probe.err"
    check test ! -e "$tmp/probe.wav"
    echo "speak: this build reads nothing aloud (espeak-ng missing), said so"
    exit $fail
fi

for lang in en ur; do
    wav=$tmp/$lang.wav
    env -u DISPLAY SDL_AUDIODRIVER=no-such-driver \
        "$game" --speak contrib-since --lang $lang --wav "$wav" 2>"$tmp/$lang.err"
    check test $? -eq 0
    check grep -q "RIFF" <(head -c 4 "$wav")
    check test "$(field "$wav" 22 2)" -eq 1     # mono
    check test "$(field "$wav" 24 4)" -eq 22050 # espeak-ng's rate
    # A question of 15 words and its four years, read at 150 words a minute.
    s=$(seconds_x10 "$wav")
    check test "$s" -ge 40
    check test "$s" -le 150
    check grep -q "s of speech written\|سیکنڈ" "$tmp/$lang.err"
    echo "speak: $lang $((s / 10)).$((s % 10)) s"
done
# Both languages say the same card, not the same sound.
check test "$(cmp -s "$tmp/en.wav" "$tmp/ur.wav"; echo $?)" -ne 0

# Errors: a missing --wav, an unknown id, a file that cannot be written.
"$game" --speak contrib-since 2>"$tmp/e1"; check test $? -eq 2
check grep -q -- "--wav" "$tmp/e1"
"$game" --speak no-such-question --wav "$tmp/x.wav" 2>"$tmp/e2"; check test $? -eq 1
check grep -q "no-such-question" "$tmp/e2"
check test ! -e "$tmp/x.wav"
"$game" --speak contrib-since --wav "$tmp/no/dir/x.wav" 2>"$tmp/e3"; check test $? -eq 1
check grep -q "$tmp/no/dir/x.wav: cannot write" "$tmp/e3"
# A bank that cannot be read is named, compiler-style.
"$game" --speak x --bank "$tmp/none.gift" --wav "$tmp/y.wav" 2>"$tmp/e4"; check test $? -eq 1
check grep -q "amanquiz: error: .*$tmp/none.gift" "$tmp/e4"
exit $fail
