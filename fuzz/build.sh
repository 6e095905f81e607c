#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Build the libFuzzer targets (fuzz/fuzz_*.c) with clang, ASan and UBSan,
# straight from the library sources listed in lib/meson.build, into
# fuzz/out/ (or $1). Apart from the normal gcc/meson build on purpose: the
# fuzzing instrumentation must not leak into it.
#   fuzz/build.sh [OUTDIR]
# Environment: CC (default clang), FUZZ_CFLAGS (extra flags, e.g. -O2).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${1:-$here/out}
cc=${CC:-clang}
mkdir -p "$out/include/econind" "$out/obj"

# version.h as meson would configure it.
version=$(sed -n "s/^ *version : '\([0-9.]*\)'.*/\1/p" "$root/meson.build" | head -n 1)
major=${version%%.*}; rest=${version#*.}; minor=${rest%%.*}; patch=${rest#*.}
sed -e "s/@EI_VERSION_MAJOR@/$major/" -e "s/@EI_VERSION_MINOR@/$minor/" \
    -e "s/@EI_VERSION_PATCH@/$patch/" -e "s/@EI_VERSION_STRING@/\"$version\"/" \
    "$root/include/econind/version.h.in" > "$out/include/econind/version.h.tmp"
cmp -s "$out/include/econind/version.h.tmp" "$out/include/econind/version.h" \
    && rm "$out/include/econind/version.h.tmp" \
    || mv "$out/include/econind/version.h.tmp" "$out/include/econind/version.h"

san="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
# -fsanitize=float-divide-by-zero is left out: division by zero giving inf
# or NaN is how the library is meant to find missing results.
cflags="-std=c11 -g -O1 -fno-omit-frame-pointer $san \
  -D_POSIX_C_SOURCE=200809L -DEI_BUILDING_LIBRARY \
  -I$out/include -I$root/include -I$root/lib ${FUZZ_CFLAGS:-}"
# The pkg-config dependencies of meson.build (gsl, jansson, cairo …), so
# that a new one needs no change here; libcsv has no .pc file.
pcs=$(sed -n "s/^[a-z_]* *= *dependency('\([a-z0-9_-]*\)'.*/\1/p" \
    "$root/meson.build" | grep -v '^threads$' || true)
pc_cflags=$(pkg-config --cflags $pcs)
pc_libs=$(pkg-config --libs $pcs)
cflags="$cflags $pc_cflags"
libs="-lcsv $pc_libs -lgslcblas -lm -lpthread"

# The library: every 'x.c' named in lib/meson.build, instrumented for
# coverage (fuzzer-no-link), rebuilt only when newer than its object.
srcs=$(grep -o "'[a-z0-9_]*\.c'" "$root/lib/meson.build" | tr -d "'")
objs=
for s in $srcs; do
    o="$out/obj/${s%.c}.o"
    if [ ! -e "$o" ] || [ "$root/lib/$s" -nt "$o" ] \
        || [ -n "$(find "$root/lib" "$root/include" -name '*.h' -newer "$o")" ]; then
        $cc $cflags -fsanitize=fuzzer-no-link -c "$root/lib/$s" -o "$o"
    fi
    objs="$objs $o"
done
rm -f "$out/libeconind_fuzz.a"
ar rcs "$out/libeconind_fuzz.a" $objs

for t in "$here"/fuzz_*.c; do
    name=$(basename "$t" .c)
    $cc $cflags -fsanitize=fuzzer "$t" "$out/libeconind_fuzz.a" $libs \
        -o "$out/$name"
    echo "built $out/$name"
done
