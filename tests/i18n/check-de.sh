#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks of the German translation.
#
#   check-de.sh run DLMATH MO PO
#       Runs the uninstalled dlmath under LC_ALL=de_DE.UTF-8 (set by the
#       test) and checks that it speaks German, that its errors do too and
#       exit 2, and that the machine-readable --summary output is the same
#       as in the C locale ('.' decimals, English keys).
#   check-de.sh po MSGFMT PO
#       msgfmt --check passes and every message is translated (no fuzzy,
#       no untranslated ones).
#   check-de.sh complete XGETTEXT MSGCMP SRCROOT PO
#       Extracts the messages of every file in po/POTFILES afresh (as
#       meson's gettext preset 'glib' does) and checks that PO translates
#       each of them, so a new string cannot ship untranslated.

set -u

fail() {
  printf 'FAIL: %s\n' "$*" >&2
  status=1
}

status=0
mode=${1:-}

case $mode in
po)
  msgfmt=$2 po=$3
  if ! stats=$(LC_ALL=C "$msgfmt" --check --statistics -o /dev/null "$po" 2>&1); then
    printf '%s\n' "$stats" >&2
    fail "msgfmt --check $po"
  fi
  printf '%s\n' "$stats"
  case $stats in
    *fuzzy*|*untranslated*) fail "$po: not every message is translated: $stats" ;;
  esac
  exit $status
  ;;
complete)
  xgettext=$2 msgcmp=$3 srcroot=$4 po=$5
  tmp=$(mktemp -d) || exit 1
  trap 'rm -rf "$tmp"' EXIT INT TERM
  if ! (cd "$srcroot" && "$xgettext" --from-code=UTF-8 --files-from=po/POTFILES \
          --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
          --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
          --output="$tmp/fresh.pot") 2>"$tmp/xgettext.err"; then
    cat "$tmp/xgettext.err" >&2
    fail "xgettext could not extract the messages"
    exit $status
  fi
  if ! LC_ALL=C "$msgcmp" "$po" "$tmp/fresh.pot" 2>"$tmp/msgcmp.err"; then
    head -n 40 "$tmp/msgcmp.err" >&2
    fail "$po does not translate every message of the sources (see above)"
  fi
  exit $status
  ;;
run)
  dlmath=$2 mo=$3 po=$4
  ;;
*)
  echo "usage: $0 run DLMATH MO PO | po MSGFMT PO | complete XGETTEXT MSGCMP SRCROOT PO" >&2
  exit 2
  ;;
esac

# LANGUAGE would take precedence over LC_ALL for messages.
unset LANGUAGE

if [ "${LC_ALL:-}" != de_DE.UTF-8 ]; then
  echo "FAIL: the test must run with LC_ALL=de_DE.UTF-8 (got '${LC_ALL:-}')" >&2
  exit 1
fi
if ! locale -a 2>/dev/null | grep -qix 'de_DE\.utf-\{0,1\}8'; then
  echo "FAIL: the de_DE.UTF-8 locale is missing; build-aux/dev generates it" >&2
  exit 1
fi
if [ ! -f "$mo" ]; then
  echo "FAIL: $mo is missing; build the project (ninja -C <builddir>) first" >&2
  exit 1
fi
if [ -n "$(find "$po" -newer "$mo")" ]; then
  echo "FAIL: $mo is older than $po; rebuild the project (ninja -C <builddir>) first" >&2
  exit 1
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
tab=$(printf '\t')

# (a) the topic titles are German (other topics may follow)
"$dlmath" --list-topics >"$tmp/topics" 2>"$tmp/topics.err"
rc=$?
[ $rc -eq 0 ] || fail "--list-topics exited $rc: $(cat "$tmp/topics.err")"
for line in "softmax${tab}Softmax" "explog${tab}Exponent und Logarithmus"; do
  if ! grep -qxF "$line" "$tmp/topics"; then
    fail "--list-topics does not print the German title line '$line'; got:"
    cat "$tmp/topics" >&2
  fi
done

# --help is German too: the summary and the option descriptions
"$dlmath" --help >"$tmp/help" 2>&1 || fail "--help exited $?"
grep -q 'Die Mathematik hinter Deep Learning' "$tmp/help" \
  || fail "--help: the summary is not German"
grep -q 'Dieses Thema öffnen oder exportieren' "$tmp/help" \
  || fail "--help: the option descriptions are not German"

# (b) a bad value: a German error on stderr, exit status 2, nothing on stdout
"$dlmath" --topic softmax --set temperature=0 --summary >"$tmp/bad.out" 2>"$tmp/bad.err"
rc=$?
[ $rc -eq 2 ] || fail "--set temperature=0 exited $rc, expected 2"
[ -s "$tmp/bad.out" ] && fail "--set temperature=0 wrote to stdout: $(cat "$tmp/bad.out")"
grep -q '^dlmath: temperature: 0 ist zu klein; zulässig: 0.05 bis 100' "$tmp/bad.err" \
  || fail "--set temperature=0: the error is not German: $(cat "$tmp/bad.err")"

"$dlmath" --topic softmax --set bogus=1 --summary >/dev/null 2>"$tmp/key.err"
rc=$?
[ $rc -eq 2 ] || fail "--set bogus=1 exited $rc, expected 2"
grep -q '„bogus“ ist kein Parameter des Themas softmax' "$tmp/key.err" \
  || fail "--set bogus=1: the error is not German: $(cat "$tmp/key.err")"

# (c) --summary is for machines: keys and numbers as in the C locale
"$dlmath" --topic softmax --summary >"$tmp/summary" 2>"$tmp/summary.err"
rc=$?
[ $rc -eq 0 ] || fail "--summary exited $rc: $(cat "$tmp/summary.err")"
grep -qx 'max_probability=0.66524095577482178' "$tmp/summary" \
  || fail "--summary: max_probability is not 0.66524095577482178 with a '.'"
grep -qx 'argmax_label=z3' "$tmp/summary" \
  || fail "--summary: argmax_label is not z3"
LC_ALL=C.UTF-8 "$dlmath" --topic softmax --summary >"$tmp/summary.c" 2>/dev/null
if ! cmp -s "$tmp/summary" "$tmp/summary.c"; then
  fail "--summary differs between de_DE.UTF-8 and C.UTF-8:"
  diff "$tmp/summary.c" "$tmp/summary" >&2
fi

exit $status
