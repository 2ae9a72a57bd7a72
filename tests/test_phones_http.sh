#!/usr/bin/env bash
# The phones' web server over loopback HTTP with many clients: joins,
# answers, push streams, reconnects, a late joiner, every abuse case
# (tests/phones_http.py against build/tests/phones_driver).
set -euo pipefail
build=$3
src=$2
exec python3 "$src/tests/phones_http.py" "$build/tests/phones_driver" "$src" \
    "$build/locale/ur/LC_MESSAGES/amanquiz.mo"
