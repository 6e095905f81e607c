#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The tutorial's programs (docs/tutorial/gap.c and gap.py) print what
# docs/TUTORIAL.md says they print. Hand-worked: 8.2 - 7.5 = +0.70 pp;
# (800 / 561.6)^(1/4) - 1 = 9.2486% a year for 2022-2025.
# Usage: check_tutorial.sh GAP_PROGRAM SRCDIR LIBECONIND
set -eu
gap=$1; src=$2; lib=$3
dir="$src/docs/tutorial"
expected='地区生产总值 2021 >= 7.5: actual 8.20, gap +0.70, met (on an estimate)
地区生产总值 2021-2025 > 800: needs 9.25% a year for 4 years'
c_out=$("$gap" "$dir/observations.csv" "$dir/targets.csv")
[ "$c_out" = "$expected" ] || { printf 'C program printed:\n%s\n' "$c_out"; exit 1; }
py_out=$(ECONIND_LIB="$lib" PYTHONPATH="$src/python" \
    python3 "$dir/gap.py" "$dir/observations.csv" "$dir/targets.csv" | head -n 2)
[ "$py_out" = "$expected" ] || { printf 'Python printed:\n%s\n' "$py_out"; exit 1; }
grep -qF "$(echo "$expected" | head -n 1)" "$src/docs/TUTORIAL.md" \
    || { echo "TUTORIAL.md does not show the output"; exit 1; }
echo "tutorial: C and Python agree with TUTORIAL.md"
