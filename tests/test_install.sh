# `cmake --install` puts a working game under a prefix: binary, fonts, questions,
# translations, desktop file and icon; the installed binary finds its data.
set -u
build=$3
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail=0
cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "install failed" >&2; exit 1; }
for f in bin/amanquiz share/amanquiz/assets/fonts/NotoNastaliqUrdu-Regular.ttf \
         share/amanquiz/assets/fonts/OFL.txt share/amanquiz/questions \
         share/locale/ur/LC_MESSAGES/amanquiz.mo share/applications/amanquiz.desktop \
         share/icons/hicolor/256x256/apps/amanquiz.png; do
    [ -e "$prefix/$f" ] || { echo "missing after install: $f" >&2; fail=1; }
done
# Run the installed copy from elsewhere, with the build tree out of reach.
png="$prefix/shot.png"
(cd / && env -u DISPLAY -u AMAN_DATA_DIR "$prefix/bin/amanquiz" --screenshot "$png" --size 320x200) \
    || { echo "installed game failed to render" >&2; fail=1; }
[ -s "$png" ] || { echo "no screenshot from installed game" >&2; fail=1; }
exit $fail
