#!/bin/sh
# Extracts the tool's phrases from the sources into po/salesaudit.pot (GNU xgettext), then
# updates po/*.po with msgmerge. `--check FILE` writes the template to FILE instead (tests
# compare it with the committed one). Run from anywhere.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/po/salesaudit.pot"
merge=yes
if [ "${1:-}" = "--check" ]; then out=$2; merge=no; fi
cd "$root"
find src -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort > "$out.files"
xgettext --language=C++ --from-code=UTF-8 --files-from="$out.files" --output="$out" \
  --keyword= --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=trnf:1,2 --keyword=trc:1c,2 \
  --keyword=N_ --keyword=NC_:1c,2 --add-comments=TRANSLATORS: --sort-by-file --add-location=file \
  --package-name=salesaudit --msgid-bugs-address=maintainers@salesaudit.invalid --no-wrap
rm -f "$out.files"
# A fixed date, so the template changes only when the phrases do.
sed -i 's/^"POT-Creation-Date: .*"$/"POT-Creation-Date: 2026-01-01 00:00+0000\\n"/; s/^"Content-Type: text\/plain; charset=CHARSET\\n"$/"Content-Type: text\/plain; charset=UTF-8\\n"/' "$out"
if [ "$merge" = yes ]; then
  for po in po/*.po; do
    [ -e "$po" ] || continue
    msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-wrap --add-location=file "$po" "$out"
  done
fi
