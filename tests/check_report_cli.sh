#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# econind report end to end: formats by flag and extension, standard input
# and output, --as-of, tasks as of a date, exit codes.
# Usage: check_report_cli.sh ECONIND SRCDIR
set -eu
econind=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "check_report_cli: $*"; exit 1; }
"$econind" report --format html | head -n 1 | grep -q '^<!DOCTYPE html>' \
    || fail "--format html to stdout"
"$econind" report -o "$tmp/r.md"
head -n 1 "$tmp/r.md" | grep -q '^# 汉阳区: district report' || fail "-o r.md"
"$econind" report -o "$tmp/r.html" --format markdown
head -n 1 "$tmp/r.html" | grep -q '^# ' || fail "--format beats the extension"
# as of 2018: the 2020 figures are not known yet
"$econind" report --as-of 2018 >"$tmp/2018.md"
grep -q '| 2017 | 948.00 | estimate' "$tmp/2018.md" || fail "--as-of 2018"
! grep -q '699' "$tmp/2018.md" || fail "--as-of 2018 shows 2020's 699"
# observations from standard input
"$econind" report - <"$src/datasets/hanyang/observations.csv" >"$tmp/stdin.md"
grep -q '| 2020 | 699.00 | actual' "$tmp/stdin.md" || fail "report - (stdin)"
"$econind" report --tasks-as-of 2021-07-01 | grep -q '^\*\*Overdue tasks.\*\*' \
    || fail "--tasks-as-of: no overdue tasks listed"
set +e
"$econind" report --format json >/dev/null 2>&1; [ $? -eq 2 ] || fail "--format json: exit 2"
"$econind" report --horizon 0 >/dev/null 2>&1; [ $? -eq 2 ] || fail "--horizon 0: exit 2"
"$econind" report --tasks-as-of someday >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad date: exit 2"
"$econind" report --region 无此区 >/dev/null 2>"$tmp/err"; [ $? -eq 1 ] || fail "unknown region: exit 1"
grep -q '无此区' "$tmp/err" || fail "unknown region not named"
printf 'indicator,period,value\ngdp,2019,x\n' >"$tmp/bad.csv"
"$econind" report "$tmp/bad.csv" -o "$tmp/bad.html" 2>"$tmp/err"; [ $? -eq 1 ] || fail "bad file: exit 1"
set -e
grep -q "bad.csv:2:10:" "$tmp/err" || fail "error without file:line:column"
[ ! -e "$tmp/bad.html" ] || fail "a failed report left a file"
echo "report: formats, stdin/stdout, --as-of, tasks, exit codes as documented"
