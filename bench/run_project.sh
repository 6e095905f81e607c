#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Run the projection benchmark in C (bench_project) and in numpy
# (bench_project.py) side by side on the same job.
#   bench/run_project.sh [builddir=build] [districts=3000] [workers=2]
#                        [paths=10000]
# The numpy version runs with Debian's python3 (apt-get install
# python3-numpy); it is skipped when numpy is missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
districts=${2:-3000}
workers=${3:-2}
paths=${4:-10000}
py=${PYTHON:-/usr/bin/python3}

ninja -C "$build" bench/bench_project >/dev/null
echo "== machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== C (econind $(git -C "$here" describe --always 2>/dev/null || echo ?), gcc $(gcc -dumpfullversion), GSL $(pkg-config --modversion gsl))"
"$build/bench/bench_project" "$districts" "$workers" "$paths"
if "$py" -c 'import numpy' 2>/dev/null; then
    echo "== numpy ($("$py" --version 2>&1))"
    "$py" "$here/bench_project.py" "$districts" "$workers" "$paths"
else
    echo "== numpy: not installed for $py, skipped"
fi
