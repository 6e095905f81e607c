#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Install into a scratch DESTDIR and build an outside program against the
# installed headers and library through pkg-config, then run it.
# Usage: check_install.sh SRCDIR BUILDDIR CC
set -eu
src=$1; bld=$2; cc=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
meson install -C "$bld" --destdir "$tmp/root" --no-rebuild --quiet >/dev/null
pc=$(find "$tmp/root" -name econind.pc | head -n 1)
[ -n "$pc" ] || { echo "econind.pc was not installed"; exit 1; }
export PKG_CONFIG_PATH="$(dirname "$pc")"
export PKG_CONFIG_SYSROOT_DIR="$tmp/root"
cflags=$(pkg-config --cflags econind)
libs=$(pkg-config --libs econind)
libdir=$(pkg-config --variable=libdir econind)
# pkgconf prefixes variables with the sysroot, pkg-config does not
case "$libdir" in "$tmp/root"*) ;; *) libdir="$tmp/root$libdir" ;; esac
cp "$src/examples/first_steps.c" "$tmp/outside.c"
# shellcheck disable=SC2086
"$cc" -std=c11 -Wall -Werror $cflags "$tmp/outside.c" -o "$tmp/outside" $libs
LD_LIBRARY_PATH="$libdir" "$tmp/outside" "$src/examples/data/sample.csv"
echo "built and ran a program against the installed library via pkg-config"
