#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks po/POTFILES against the tree: every file under src/ and ui/ that
# holds a translatable string must be listed (or its strings never reach
# translators), and every listed file must exist (or xgettext fails).
#
# Usage: check-potfiles.sh SOURCE_ROOT

set -eu

root=${1:?usage: check-potfiles.sh SOURCE_ROOT}
potfiles="$root/po/POTFILES"
status=0

if [ ! -f "$potfiles" ]; then
  echo "FAIL: $potfiles does not exist"
  exit 1
fi

listed=$(mktemp)
trap 'rm -f "$listed"' EXIT
# Comments and blank lines are not entries.
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" | sort -u > "$listed"

while IFS= read -r entry; do
  if [ ! -f "$root/$entry" ]; then
    echo "FAIL: po/POTFILES lists $entry, which does not exist"
    status=1
  fi
done < "$listed"

# A call of _(), N_(), C_() or NC_() with a string literal as its first
# argument (so that a comment such as "N_() marked" does not count), or a
# GtkBuilder property marked translatable.
c_pattern='(^|[^A-Za-z0-9_])(N|C|NC)?_[[:space:]]*\([[:space:]]*"'
ui_pattern='translatable="(yes|true)"'

candidates=$(cd "$root" && find src ui -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \) 2>/dev/null | sort)
for file in $candidates; do
  case "$file" in
    *.ui) pattern=$ui_pattern ;;
    *)    pattern=$c_pattern ;;
  esac
  if grep -Eq "$pattern" "$root/$file"; then
    if ! grep -Fxq "$file" "$listed"; then
      echo "FAIL: $file has translatable strings but is not in po/POTFILES"
      status=1
    fi
  fi
done

if [ "$status" -eq 0 ]; then
  echo "po/POTFILES: $(wc -l < "$listed") entries, all present, none missing"
fi
exit "$status"
