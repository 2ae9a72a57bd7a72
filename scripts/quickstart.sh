#!/usr/bin/env bash
# One command to set up, build and play (or test) Aman Quiz on Debian 12.
#   scripts/quickstart.sh play [amanquiz options...]   build, then start the game
#   scripts/quickstart.sh test                         build, then run every test
# Installs missing Debian packages when run as root; otherwise prints the one
# apt-get line it needs. Builds incrementally in ./build (BUILD_DIR to change).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$here/build}
action=${1:-play}
[ $# -gt 0 ] && shift

packages=(build-essential cmake pkg-config gettext libsdl2-dev libsdl2-ttf-dev
          libsdl2-image-dev libfribidi-dev libsqlite3-dev check locales
          xvfb xauth imagemagick clang libpq-dev postgresql sqlite3 openssl chromium
          libespeak-ng-dev espeak-ng-data python3 xdotool
          libmicrohttpd-dev libjansson-dev libqrencode-dev
          chromium-driver python3-selenium
          libpq5 libmicrohttpd12 libespeak-ng1 libsdl2-image-2.0-0) # loaded when needed (game/core/dynlib.h)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "quickstart: missing packages; run: sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "quickstart: installing ${missing[*]}" >&2
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# A real Urdu locale lets gettext choose Urdu on every glibc, including 2.39 and
# later, which ignore LANGUAGE under C.UTF-8 (docs/platform-notes.md). Without it the game
# still shows Urdu here through C.UTF-8, and says so when it cannot.
if ! locale -a 2>/dev/null | grep -qiE '^ur_PK\.utf-?8$'; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "quickstart: no ur_PK.UTF-8 locale; as root: echo 'ur_PK.UTF-8 UTF-8' >> /etc/locale.gen && locale-gen" >&2
    elif [ -f /etc/locale.gen ] && command -v locale-gen >/dev/null; then
        grep -q '^ur_PK.UTF-8 UTF-8' /etc/locale.gen || echo 'ur_PK.UTF-8 UTF-8' >> /etc/locale.gen
        locale-gen >/dev/null 2>&1 || echo "quickstart: could not generate ur_PK.UTF-8" >&2
    else
        localedef -i ur_PK -c -f UTF-8 ur_PK.UTF-8 >/dev/null 2>&1 ||
            echo "quickstart: could not generate ur_PK.UTF-8" >&2
    fi
fi

cmake -S "$here" -B "$build" ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j"$(nproc)"

case "$action" in
play)
    exec "$build/game/amanquiz" "$@"
    ;;
test)
    ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@"
    ;;
*)
    echo "quickstart: unknown action '$action' (play or test)" >&2
    exit 2
    ;;
esac
