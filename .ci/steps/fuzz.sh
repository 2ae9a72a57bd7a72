#!/usr/bin/env bash
# Fuzzes the GIFT parser for FUZZ_SECONDS (default 60), seeded from the test
# fixtures, the bundled and example banks and fuzz/seeds/ (multilang, short
# answers), with fuzz/gift.dict; fails on any crash, leak or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/../.."

cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DAMAN_FUZZ=ON -DBUILD_TESTING=OFF \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz --target fuzz_gift -j"$(nproc)"

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp tests/fixtures/*.gift "$corpus"/
cp questions/*.gift questions/examples/*.gift fuzz/seeds/*.gift "$corpus"/ 2>/dev/null || true
mkdir -p build-fuzz/artifacts
# -max_len covers a few lines past BANK_MAX_LINE_BYTES; seeds larger than it are truncated.
log=build-fuzz/fuzz.log
# Progress goes to a log; a failure prints all of it, a pass its final stats.
if ! UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    build-fuzz/fuzz_gift -dict=fuzz/gift.dict -max_total_time="${FUZZ_SECONDS:-60}" -max_len=16384 -timeout=10 \
    -rss_limit_mb=1024 -print_final_stats=1 -artifact_prefix=build-fuzz/artifacts/ "$corpus" \
    >"$log" 2>&1; then
    cat "$log"
    echo "fuzz: the GIFT parser crashed; the input is in build-fuzz/artifacts/ (add it to tests/fixtures)" >&2
    exit 1
fi
grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || tail -n 3 "$log"
