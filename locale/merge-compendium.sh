#!/usr/bin/env bash
# Fills a .po from compendia (PO files of finished translations, such as the
# bank translator's), then merges it with the template:
#   locale/merge-compendium.sh locale/ur.po locale/amanquiz.pot COMPENDIUM.po...
# Translated entries of the .po win; fuzzy and untranslated ones are taken from
# the first compendium that has the same msgctxt and msgid (plural entries
# included, which msgmerge --compendium skips). Entries the template no longer
# has are dropped. Run `cmake --build build --target pot` first.
set -euo pipefail
po=$1
pot=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
msgattrib --translated --no-fuzzy --no-obsolete "$po" -o "$tmp/have.po"
msgcat --use-first "$tmp/have.po" "$@" -o "$tmp/all.po"
msgmerge --quiet --no-fuzzy-matching "$tmp/all.po" "$pot" -o "$tmp/merged.po"
msgattrib --no-obsolete "$tmp/merged.po" -o "$po"
LC_ALL=C msgfmt -c --statistics -o /dev/null "$po"
