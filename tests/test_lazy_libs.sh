#!/usr/bin/env bash
# libpq, libmicrohttpd, libespeak-ng and SDL2_image are loaded only by the
# features that use them (game/core/dynlib.h, game/fleet/pqlib.h,
# game/net/mhdlib.h, game/audio/speech.c, game/app/imglib.h). The plain
# game waiting on its title maps neither libpq nor libmicrohttpd (nor
# GnuTLS, Kerberos, LDAP) nor SDL2_image (nor TIFF, WebP); --sync maps
# libpq, --phones libmicrohttpd, --screenshot SDL2_image; espeak-ng is
# mapped once the sound opened, after the first frame, and never without
# an audio device or for a screenshot.
# With a library missing (tests/hide_lib.c makes it look uninstalled) the
# feature is refused in one line naming the library and its Debian
# package: the game plays on without sync or speech, the fleet commands and
# --phones exit 1, nothing crashes.
set -u
game=$1
build=$3
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
export AMAN_PHONES_BIND=127.0.0.1
: >"$tmp/empty.conf"
port=$((10000 + RANDOM % 20000))
url=postgresql://nobody@127.0.0.1:1/none # nothing listens on port 1
hide="$build/tests/hide_lib.so"

# The game, live on SDL's offscreen driver, until it presented its first
# frame; then a moment for the sound, which opens after it. $pid, $name.err.
start_game() {
    local name=$1
    shift
    mkdir -p "$tmp/$name"
    AMAN_BENCH_MARK=1 "$game" --data-dir "$tmp/$name" --config "$tmp/empty.conf" "$@" \
        >"$tmp/$name.out" 2>"$tmp/$name.err" &
    pid=$!
    for _ in $(seq 100); do
        grep -q first-frame "$tmp/$name.out" && sleep 0.5 && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "FAILED: $name never showed its first frame: $(cat "$tmp/$name.err")" >&2
    fail=1
    return 1
}
# SIGTERM ends the game as closing its window does: exit 0.
stop_game() {
    kill -TERM "$pid"
    wait "$pid"
    check test $? -eq 0
    pid=
}
maps() { grep -c "$1" "/proc/$pid/maps"; }
# Waits up to 5 s for the game to map $1 (the sound opens on its own thread).
maps_soon() {
    for _ in $(seq 50); do
        [ "$(maps "$1")" -gt 0 ] && return 0
        sleep 0.1
    done
    return 1
}
speech=0
grep -q '^ESPEAK_FOUND:INTERNAL=1' "$build/CMakeCache.txt" && speech=1

if start_game plain --lang en; then
    check test "$(maps 'libpq\.so')" -eq 0
    check test "$(maps 'libmicrohttpd\.so')" -eq 0
    check test "$(maps 'libgnutls\.so')" -eq 0
    check test "$(maps 'libldap')" -eq 0
    check test "$(maps 'libSDL2_image')" -eq 0
    check test "$(maps 'libtiff')" -eq 0
    check test "$(maps 'libSDL2-2')" -gt 0 # the check reads the right process
    [ $speech = 1 ] && check maps_soon 'libespeak-ng\.so\.1' # SDL's dummy audio device
    stop_game
fi
# No audio device: espeak-ng is never loaded; nor for a picture.
if SDL_AUDIODRIVER=no-such-driver start_game nodevice --lang en; then
    check test "$(maps 'libespeak')" -eq 0
    stop_game
fi
check grep -qF "amanquiz: no sound: " "$tmp/nodevice.err"
out=$(LD_DEBUG=files "$game" --screenshot "$tmp/q.png" --scene question 2>&1)
check test -s "$tmp/q.png"
check grep -q "file=libSDL2-2" <<<"$out"
check grep -q "file=libSDL2_image-2.0.so.0 \[0\];  dynamically loaded by" <<<"$out"
for lib in libespeak libpq libmicrohttpd libgnutls; do
    check test "$(grep -c "file=$lib" <<<"$out")" -eq 0
done
# The library is mapped only when needed, and then it works.
if start_game sync --sync "$url"; then
    check test "$(maps 'libpq\.so\.5')" -gt 0
    check test "$(maps 'libmicrohttpd\.so')" -eq 0
    stop_game
fi
if start_game phones --mode classroom --phones --port "$port"; then
    check test "$(maps 'libmicrohttpd\.so\.12')" -gt 0
    check test "$(maps 'libpq\.so')" -eq 0
    status=$(exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET / HTTP/1.0\r\n\r\n' >&3 && head -1 <&3)
    check grep -q "^HTTP/1.[01] 200" <<<"$status"
    stop_game
fi

# libpq missing: the game plays on without sync, saying why once.
export AMAN_TEST_HIDE_LIB=libpq.so.5
if LD_PRELOAD=$hide start_game nopq --sync "$url"; then
    check kill -0 "$pid"
    check test "$(maps 'libpq\.so')" -eq 0
    stop_game
fi
check grep -qxF "amanquiz: fleet sync is off: cannot load libpq.so.5 (apt-get install libpq5): /nonexistent/libpq.so.5: cannot open shared object file: No such file or directory" "$tmp/nopq.err"
check test "$(grep -c libpq "$tmp/nopq.err")" -eq 1
# The fleet commands refuse, in one line each.
out=$(LD_PRELOAD=$hide "$game" --data-dir "$tmp/nopq" --config "$tmp/empty.conf" --sync "$url" --sync-now 2>&1)
check test $? -eq 1
check grep -qF "fleet sync is off: cannot load libpq.so.5 (apt-get install libpq5)" <<<"$out"
out=$(LD_PRELOAD=$hide "$game" --report "$tmp/r.html" --from "$url" 2>&1)
check test $? -eq 1
check grep -qF "postgresql://nobody@127.0.0.1:1/none: cannot load libpq.so.5 (apt-get install libpq5)" <<<"$out"
check test ! -e "$tmp/r.html"
# --sync-status reads only the device's outbox: it needs no libpq.
mkdir -p "$tmp/status"
"$game" --data-dir "$tmp/status" --autoplay 1 --seed 1 >/dev/null 2>&1
out=$(LD_PRELOAD=$hide "$game" --data-dir "$tmp/status" --config "$tmp/empty.conf" --sync "$url" \
    --sync-status 2>&1)
check test $? -eq 0
check grep -q "^events waiting: [1-9]" <<<"$out"

# libespeak-ng missing: the game plays on without reading aloud.
if [ $speech = 1 ]; then
    export AMAN_TEST_HIDE_LIB=libespeak-ng.so.1
    if LD_PRELOAD=$hide start_game nospeech --lang en; then
        for _ in $(seq 50); do grep -q "reading aloud" "$tmp/nospeech.err" && break; sleep 0.1; done
        check kill -0 "$pid"
        stop_game
    fi
    check grep -qxF "amanquiz: reading aloud is off: cannot load libespeak-ng.so.1 (apt-get install libespeak-ng1): /nonexistent/libespeak-ng.so.1: cannot open shared object file: No such file or directory" "$tmp/nospeech.err"
fi

# SDL2_image missing: a screenshot is refused in one line, no file.
out=$(LD_PRELOAD=$hide AMAN_TEST_HIDE_LIB=libSDL2_image-2.0.so.0 "$game" --screenshot "$tmp/i.png" 2>&1)
check test $? -eq 1
check grep -qxF "amanquiz: cannot write '$tmp/i.png': cannot load libSDL2_image-2.0.so.0 (apt-get install libsdl2-image-2.0-0): /nonexistent/libSDL2_image-2.0.so.0: cannot open shared object file: No such file or directory" <<<"$out"
check test ! -e "$tmp/i.png"

# libmicrohttpd missing: --phones is refused in one line, no crash.
export AMAN_TEST_HIDE_LIB=libmicrohttpd.so.12
out=$(LD_PRELOAD=$hide "$game" --mode classroom --phones --port "$port" --scene lobby \
    --screenshot "$tmp/l.png" 2>&1)
check test $? -eq 1
check grep -qxF "amanquiz: the phones' classroom cannot start: cannot load libmicrohttpd.so.12 (apt-get install libmicrohttpd12): /nonexistent/libmicrohttpd.so.12: cannot open shared object file: No such file or directory" <<<"$out"
check test ! -e "$tmp/l.png"
# The shim hides only what it is told to: the same run without it works.
out=$(LD_PRELOAD=$hide AMAN_TEST_HIDE_LIB=none "$game" --mode classroom --phones --port "$port" \
    --scene lobby --screenshot "$tmp/l.png" 2>&1)
check test $? -eq 0
check test -s "$tmp/l.png"
exit $fail
