#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The man page: well-formed troff (no groff warnings), and it describes
# every command `econind --help` lists, and no other.
# Usage: check_man.sh ECONIND MANPAGE
set -eu
econind=$1; page=$2
if command -v groff >/dev/null; then
    out=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
    [ -z "$out" ] || { echo "groff warnings:"; echo "$out"; exit 1; }
fi
listed=$("$econind" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/Commands:/ {print $1}' | sort)
documented=$(sed -n '/^\.SH COMMANDS/,/^\.SH COMMON/p' "$page" | awk 'prev == ".TP" && $1 == ".B" {print $2} {prev = $1}' | sort)
[ -n "$listed" ] || { echo "no commands in econind --help"; exit 1; }
if [ "$listed" != "$documented" ]; then
    echo "econind --help and the man page list different commands:"
    echo "$listed" >"${TMPDIR:-/tmp}/ei_listed.$$"
    echo "$documented" | diff "${TMPDIR:-/tmp}/ei_listed.$$" - || true
    rm -f "${TMPDIR:-/tmp}/ei_listed.$$"
    exit 1
fi
echo "man page: $(echo "$listed" | wc -l) commands, as econind --help lists them"
