# The catalog reaches the command line: --help and errors follow --lang and
# the environment, also on a machine with no Urdu locale (LOCPATH hides the
# locale archive, so ur_PK.UTF-8 cannot load there; docs/platform-notes.md).
set -u
game=$1
fail=0
check() { if ! "$@"; then echo "FAILED: $*" >&2; fail=1; fi; }
urdu='استعمال: amanquiz'
english='Usage: amanquiz'

out=$(LANG=ur_PK.UTF-8 env -u LANGUAGE -u LC_ALL -u LC_MESSAGES "$game" --help 2>&1)
check grep -qF "$urdu" <<<"$out"
out=$(LOCPATH=/nonexistent-aman LANG=ur_PK.UTF-8 env -u LANGUAGE -u LC_ALL -u LC_MESSAGES \
      "$game" --help 2>&1)
check grep -qF "$urdu" <<<"$out"
check grep -qF 'امن کوئز:' <<<"$out"
out=$(LC_ALL=C LANGUAGE= "$game" --lang ur --help 2>&1)
check grep -qF "$urdu" <<<"$out"
out=$(LANGUAGE=ur "$game" --lang en --help 2>&1)
check grep -qF "$english" <<<"$out"
out=$(LC_ALL=C LANGUAGE= "$game" --help 2>&1)
check grep -qF "$english" <<<"$out"

# An unknown language: English, and one line saying so.
err=$("$game" --lang fr --version 2>&1 >/dev/null)
check grep -qF "unknown language 'fr'" <<<"$err"
check test "$(wc -l <<<"$err")" -eq 1
# Parse errors come in the chosen language.
err=$(LANG=ur_PK.UTF-8 env -u LANGUAGE "$game" --no-such-option 2>&1)
check grep -qF "نامعلوم آپشن '--no-such-option'" <<<"$err"
exit $fail
