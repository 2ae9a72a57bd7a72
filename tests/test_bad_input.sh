# Bad input never crashes: each case gets a clear message naming what is wrong,
# and the game goes on where it can (issue 8). Args: <amanquiz> <srcdir> <builddir>.
set -u
game=$1 src=$2 build=$3
tmp=$(mktemp -d)
trap 'umount "$tmp/full" 2>/dev/null; rm -rf "$tmp"' EXIT
fail=0
# expect CODE PATTERN -- CMD...: exit status CODE, stderr matching PATTERN, no signal.
expect() {
    local code=$1 pattern=$2
    shift 3
    "$@" >"$tmp/out" 2>"$tmp/err"
    local rc=$?
    if [ $rc -ne "$code" ] || ! grep -qE -- "$pattern" "$tmp/err"; then
        echo "FAILED: $* -> exit $rc (wanted $code), stderr:" >&2
        sed 's/^/    /' "$tmp/err" >&2
        fail=1
    fi
}
shot() { echo "$tmp/shot-$RANDOM.png"; }

# Fonts: a data folder without Nastaliq plays in English; without Noto Sans it stops.
mkdir -p "$tmp/data/assets"
cp -r "$src/assets/fonts" "$tmp/data/assets/"
ln -s "$src/questions" "$tmp/data/questions"
# Garbage where Nastaliq should be: named, and the game plays in English.
mkdir -p "$tmp/junk/assets"
cp -r "$src/assets/fonts" "$tmp/junk/assets/"
ln -s "$src/questions" "$tmp/junk/questions"
for f in "$tmp/junk/assets/fonts/"NotoNastaliqUrdu-*.ttf; do head -c 3000 /dev/urandom >"$f"; done
expect 0 "not a font.*NotoNastaliq|NotoNastaliq.*not a font" -- \
    env AMAN_DATA_DIR="$tmp/junk" LANGUAGE=en "$game" --lang en --screenshot "$(shot)"
rm "$tmp/data/assets/fonts/"NotoNastaliqUrdu-*.ttf
expect 0 "NotoNastaliqUrdu-Regular.ttf.*|Urdu font is missing" -- \
    env AMAN_DATA_DIR="$tmp/data" LANGUAGE=en "$game" --lang ur --screenshot "$(shot)"
expect 0 "stays in English" -- env AMAN_DATA_DIR="$tmp/data" "$game" --lang ur --screenshot "$(shot)"
rm "$tmp/data/assets/fonts/NotoSans-Regular.ttf" "$tmp/data/assets/fonts/NotoSans-Bold.ttf"
expect 1 "NotoSans-Regular.ttf" -- env AMAN_DATA_DIR="$tmp/data" "$game" --lang en --screenshot "$(shot)"

# Translations: a truncated catalog in an installed copy means English, said once.
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
mo="$tmp/prefix/share/locale/ur/LC_MESSAGES/amanquiz.mo"
head -c 100 "$mo" >"$mo.part" && mv "$mo.part" "$mo"
expect 0 "Urdu translations could not be activated" -- \
    env LOCPATH=/nonexistent "$tmp/prefix/bin/amanquiz" --lang ur --screenshot "$(shot)"
rm "$mo"
expect 0 "Urdu translations could not be activated" -- \
    "$tmp/prefix/bin/amanquiz" --lang ur --screenshot "$(shot)"

# Language and size.
expect 0 "unknown language 'fr'" -- "$game" --lang fr --screenshot "$(shot)"
expect 0 "outside 480x320 to 7680x4320" -- "$game" --size 2x2 --screenshot "$(shot)"
expect 0 "outside" -- "$game" --size 100000x90000 --screenshot "$(shot)"

# Question banks: a missing folder, a broken file beside a good one.
expect 1 "/nonexistent/bank" -- "$game" --bank /nonexistent/bank --autoplay 2
printf '::a::Question?{=yes ~no\n' >"$tmp/broken.gift"
expect 0 "broken.gift:1:[0-9]+: error" -- "$game" --bank "$tmp/broken.gift" "$src/questions" --autoplay 3

# Results store: garbage, a read-only folder, a full disk. The game plays on.
mkdir -p "$tmp/garbage"
head -c 5000 /dev/urandom >"$tmp/garbage/results.sqlite"
expect 0 "corrupt|moved" -- "$game" --autoplay 2 --data-dir "$tmp/garbage"
ls "$tmp/garbage" | grep -q 'corrupt' || { echo "FAILED: garbage database not moved aside" >&2; fail=1; }
if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1; then
    mkdir -p "$tmp/ro" && chmod 555 "$tmp/ro" && chmod o+rx "$tmp"
    expect 0 "cannot save results" -- runuser -u nobody -- "$game" --autoplay 2 --data-dir "$tmp/ro"
fi
if mkdir -p "$tmp/full" && mount -t tmpfs -o size=256k tmpfs "$tmp/full" 2>/dev/null; then
    "$game" --autoplay 2 --data-dir "$tmp/full" >/dev/null 2>&1
    dd if=/dev/zero of="$tmp/full/fill" bs=4k 2>/dev/null
    expect 0 "cannot save results|disk" -- "$game" --autoplay 30 --data-dir "$tmp/full"
    umount "$tmp/full"
else
    echo "note: cannot mount a tmpfs here (not root); the full-disk case is covered by check_results"
fi
exit $fail
