#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Each public header compiles alone under -std=c11 -pedantic -Werror.
# Usage: check_headers.sh SRCDIR BUILDDIR CC...
set -eu
src=$1; bld=$2; shift 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; n=0
for h in "$src"/include/econind/*.h "$bld"/include/econind/version.h; do
    name=$(basename "$h")
    printf '#include <econind/%s>\nint main(void) { return 0; }\n' "$name" > "$tmp/t.c"
    if "$@" -std=c11 -pedantic -Werror -Wall -Wextra -fsyntax-only \
        -I "$src/include" -I "$bld/include" "$tmp/t.c" 2> "$tmp/err"; then
        n=$((n + 1))
    else
        echo "FAIL: econind/$name does not compile alone:"; cat "$tmp/err"
        fail=1
    fi
done
echo "$n headers compile alone"
exit $fail
