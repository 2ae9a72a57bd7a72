#!/usr/bin/env bash
# --phones on the command line: off by default, a kiosk never opens a port,
# bad --port / --players values are refused with a message, and the lobby
# renders headless (--screenshot) with the server up and its address printed.
set -u
game=$1
build=$3
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export AMAN_PHONES_BIND=127.0.0.1
port=$((10000 + RANDOM % 20000)) # below the kernel's ephemeral ports (32768-)

out=$("$game" --mode kiosk --phones --port "$port" --screenshot "$tmp/k.png" 2>&1)
check test $? -ne 0
check grep -qF "a kiosk never opens a network port" <<<"$out"
check test ! -e "$tmp/k.png"

# Bad values are refused with the other options: exit 2, one line.
out=$("$game" --mode classroom --phones --port 70000 --screenshot "$tmp/p.png" 2>&1)
check test $? -eq 2
check grep -qF "option '--port' needs a number from 1 to 65535, not '70000'" <<<"$out"
check test "$(wc -l <<<"$out")" -eq 1
out=$("$game" --mode classroom --phones --players 1000 --screenshot "$tmp/p.png" 2>&1)
check test $? -eq 2
check grep -qF "option '--players' needs a number from 1 to 256, not '1000'" <<<"$out"
check test "$(wc -l <<<"$out")" -eq 1
out=$("$game" --port 0 2>&1)
check test $? -eq 2
check test ! -e "$tmp/p.png"
check grep -q "lobby, phoneq" <<<"$("$game" --help)"

# Off by default: no address printed, nothing listening.
out=$("$game" --mode classroom --port "$port" --screenshot "$tmp/t.png" 2>&1)
check test $? -eq 0
check test "$(grep -c 'listening on' <<<"$out")" -eq 0

# The phones' scenes without --phones: refused, not an empty frame.
for scene in lobby phoneq; do
    out=$("$game" --mode classroom --scene $scene --screenshot "$tmp/n.png" 2>&1)
    check test $? -ne 0
    check grep -q "add --phones" <<<"$out"
    check test ! -e "$tmp/n.png"
done

out=$("$game" --mode classroom --phones --port "$port" --scene lobby --screenshot "$tmp/l.png" 2>&1)
check test $? -eq 0
check grep -qxF "listening on http://127.0.0.1:$port/" <<<"$out"
check test -s "$tmp/l.png"
# --phones --screenshot without --scene: the lobby, as a phone game starts.
AMAN_PHONES_PIN=1357 "$game" --mode classroom --phones --port "$port" --scene lobby \
    --screenshot "$tmp/l1.png" >/dev/null 2>&1
AMAN_PHONES_PIN=1357 "$game" --mode classroom --phones --port "$port" \
    --screenshot "$tmp/l0.png" >/dev/null 2>&1
check test -s "$tmp/l0.png"
check cmp -s "$tmp/l0.png" "$tmp/l1.png"
# A bank text with no Urdu, on the Urdu screen: the phones' question still
# opens, in English (the projector's card is drawn, not an empty screen).
printf '::en-only::Capital of Pakistan? {=Islamabad ~Karachi ~Lahore}\n' >"$tmp/en.gift"
"$game" --mode classroom --phones --port "$port" --bank "$tmp/en.gift" --lang ur --scene phoneq \
    --size 800x600 --screenshot "$tmp/q.png" >/dev/null 2>&1
check test $? -eq 0
card=$(convert "$tmp/q.png" -crop 700x120+50+70 +repage -colorspace gray -format '%[fx:mean]' info:)
check awk -v m="$card" 'BEGIN { exit !(m > 0.6) }'

# The port is taken: a clear message, not a crash.
python3 -c 'import socket,sys,time; s=socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(); time.sleep(10)' "$port" &
holder=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
out=$("$game" --mode classroom --phones --port "$port" --scene lobby --screenshot "$tmp/l2.png" 2>&1)
check test $? -ne 0
check grep -qF "cannot listen on port $port" <<<"$out"
kill $holder 2>/dev/null; wait $holder 2>/dev/null
exit $fail
