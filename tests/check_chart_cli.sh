#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# econind chart end to end: PNG and SVG files, the format by extension or
# flag, standard output, exit codes.
# Usage: check_chart_cli.sh ECONIND
set -eu
econind=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "check_chart_cli: $*"; exit 1; }
"$econind" chart --help | grep -q "Usage: econind chart" || fail "no help"
"$econind" chart --indicator gdp -o "$tmp/gdp.png"
[ "$(head -c 8 "$tmp/gdp.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    || fail "gdp.png is not a PNG"
"$econind" chart --kind growth --indicator 地区生产总值 -o "$tmp/g.svg"
grep -q '<svg' "$tmp/g.svg" || fail "g.svg is not SVG"
"$econind" chart --format png --width 400 --height 300 -o - >"$tmp/out"
[ "$(head -c 4 "$tmp/out" | tail -c 3)" = PNG ] || fail "--format png to stdout"
set +e
"$econind" chart --kind pie >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad kind: exit 2"
"$econind" chart --width 10 >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad width: exit 2"
# the bundled plans have no year-to-date figures: nothing to draw
"$econind" chart --kind plans -o "$tmp/p.png" 2>"$tmp/err"; [ $? -eq 1 ] \
    || fail "plans chart without figures: exit 1"
set -e
grep -q "no plan has a year-to-date figure" "$tmp/err" || fail "plans message"
[ ! -e "$tmp/p.png" ] || fail "a file was left behind"
echo "chart: PNG, SVG, stdout and exit codes as documented"
