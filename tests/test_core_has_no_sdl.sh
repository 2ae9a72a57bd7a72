# The core must never include SDL: it builds and tests without a display.
src=$2
hits=$(grep -rlE '#[[:space:]]*include[[:space:]]*[<"]SDL' "$src/game/core" || true)
if [ -n "$hits" ]; then
    echo "game/core includes SDL in: $hits" >&2
    exit 1
fi
echo "game/core: no SDL includes"
