#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The committed reference values are what their scripts compute: a test
# against references nobody can regenerate proves little.
set -eu
src=$1
fail=0
check() {
    dir=$1; script=$2; out=$3
    if (cd "$src/tests/$dir" && python3 "$script") | cmp -s - "$src/tests/$dir/$out"; then
        echo "ok   $dir/$out is reproduced by $script"
    else
        echo "FAIL $dir/$out differs from what $script prints"; fail=1
    fi
}
check growth_reference make_reference.py reference.csv
check project_reference trend_ref.py trend_ref.h
check project_reference holt_ref.py holt_ref.h
exit $fail
