#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run the benchmark job (bench/README.md) with econind, libcsv alone,
# pandas, R data.table and DuckDB on the same generated files, in one run;
# check that all give the same numbers; print one table.
#
#   bench/run_compare.sh [--install] [--build DIR] [--runs N] [ROWS ...]
#
# --install  apt-get the peers (python3-pandas, r-base-core, r-cran-data.table)
#            and npm install @duckdb/node-api into bench/peers/node_modules
# --build    meson build directory for the C programs (default build-bench,
#            set up as a release build when missing)
# --runs     runs per program and file; the fastest wall time is kept
# ROWS       file sizes in rows (default: 1000000 10000000)
#
# Times and peak memory come from GNU time (wall clock, max RSS). Files are
# read once before timing so every program starts with them in page cache.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build="$root/build-bench"
runs=1
install=0
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --install) install=1 ;;
        --build) build=$(realpath -m "$2"); shift ;;
        --runs) runs=$2; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) sizes+=("$1") ;;
    esac
    shift
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)

if [ "$install" = 1 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        python3-pandas r-base-core r-cran-data.table >/dev/null
    (cd "$here/peers" && npm install --no-audit --no-fund --silent) ||
        echo "DuckDB: npm install failed; it will be skipped" >&2
fi

if [ ! -f "$build/build.ninja" ]; then
    meson setup "$build" "$root" --buildtype=release -Dtests=false >/dev/null
fi
ninja -C "$build" bench/gen_panel bench/csv_count bench/bench_e2e >/dev/null

# Which peers are here (pandas from Debian's python3, not a virtualenv's).
py=/usr/bin/python3
have_pandas=0; have_dt=0; have_duck=0
"$py" -c 'import pandas' 2>/dev/null && have_pandas=1
command -v Rscript >/dev/null &&
    Rscript -e 'suppressPackageStartupMessages(library(data.table))' \
        2>/dev/null && have_dt=1
command -v node >/dev/null && [ -d "$here/peers/node_modules/@duckdb/node-api" ] &&
    have_duck=1

# time_it NAME CMD...: fastest wall seconds and its max RSS (KiB) of $runs
# runs, appended to $results with the file's size.
time_it() {
    local name=$1; shift
    local best="" rss="" t
    for _ in $(seq "$runs"); do
        if ! /usr/bin/time -f '%e %M' -o "$out/time.$name" "$@" \
                >"$out/log.$name" 2>&1; then
            echo "$name failed on $file:" >&2; tail -5 "$out/log.$name" >&2
            return 0
        fi
        read -r t r <"$out/time.$name"
        if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then
            best=$t; rss=$r
        fi
    done
    echo "$n $name $best $rss $bytes $rows" >>"$results"
}

results=$(mktemp)
checks=$(mktemp)
trap 'rm -f "$results" "$checks"' EXIT
for n in "${sizes[@]}"; do
    file="$here/data/panel_$n.csv"
    mkdir -p "$here/data"
    [ -f "$file" ] || "$build/bench/gen_panel" --rows "$n" -o "$file"
    out="$here/out/$n"
    mkdir -p "$out"
    bytes=$(stat -c %s "$file")
    rows=$(($(wc -l <"$file") - 1))
    cat "$file" >/dev/null
    time_it libcsv "$build/bench/csv_count" "$file"
    time_it econind "$build/bench/bench_e2e" "$file" "$out/econind_yoy.csv" \
        "$out/econind_series.csv"
    [ $have_pandas = 1 ] && time_it pandas "$py" "$here/peers/job_pandas.py" \
        "$file" "$out/pandas_yoy.csv" "$out/pandas_series.csv"
    [ $have_dt = 1 ] && time_it data.table Rscript \
        "$here/peers/job_datatable.R" "$file" "$out/data.table_yoy.csv" \
        "$out/data.table_series.csv"
    [ $have_duck = 1 ] && time_it duckdb node "$here/peers/job_duckdb.mjs" \
        "$file" "$out/duckdb_yoy.csv" "$out/duckdb_series.csv"
    for peer in pandas data.table duckdb; do
        [ -f "$out/${peer}_yoy.csv" ] && [ -f "$out/econind_yoy.csv" ] ||
            continue
        ok=same
        for what in yoy series; do
            python3 "$here/compare.py" "$out/econind_$what.csv" \
                "$out/${peer}_$what.csv" 3 >>"$checks" || ok=DIFFER
        done
        echo "$n $peer $ok" >>"$checks"
    done
done

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo |
    cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB"
grep -E ' (same|DIFFER)$' "$checks" | sed 's/^/results vs econind: /' || true
grep DIFFER "$checks" | grep -v '^[0-9]' || true
echo
awk '
    { key = $1 SUBSEP $2; t[key] = $3; rss[key] = $4; by[key] = $5;
      rw[key] = $6; order[++k] = key }
    END {
        printf "%-10s %-10s %8s %8s %10s %9s %9s\n", "rows", "program",
               "seconds", "MB/s", "rows/s", "RSS MB", "vs econind"
        for (i = 1; i <= k; i++) {
            key = order[i]; split(key, a, SUBSEP)
            base = t[a[1] SUBSEP "econind"]
            ratio = (base > 0) ? sprintf("%.1fx", t[key] / base) : "-"
            printf "%-10s %-10s %8.2f %8.0f %10.3g %9.0f %9s\n", a[1], a[2],
                   t[key], (t[key] > 0 ? by[key] / 1e6 / t[key] : 0),
                   (t[key] > 0 ? rw[key] / t[key] : 0), rss[key] / 1024,
                   ratio
        }
    }' "$results"
