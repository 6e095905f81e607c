#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run the benchmark job (bench/README.md) with econind, libcsv alone,
# pandas, R data.table and DuckDB on the same generated files, in one run;
# check that all give the same numbers; print one table.
#
#   bench/run_compare.sh [--install] [--build DIR] [--runs N] [--md FILE]
#                        [ROWS ...]
#
# --install  apt-get the peers (python3-pandas, r-base-core, r-cran-data.table)
#            and npm install @duckdb/node-api into bench/peers/node_modules
# --build    meson build directory for the C programs (default build-bench,
#            set up as a release build when missing)
# --runs     runs per program and file; the fastest wall time is kept
# --md       also write the table, machine and versions as Markdown to FILE
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
md=""
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --install) install=1 ;;
        --build) build=$(realpath -m "$2"); shift ;;
        --runs) runs=$2; shift ;;
        --md) md=$(realpath -m "$2"); shift ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
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

# time_it NAME CMD...: the fastest of $runs runs (wall seconds, max RSS in
# KiB, user + system CPU seconds), appended to $results with the file's
# size. CPU time shows what a program costs when other work shares the
# machine; wall time is what a user waits. The program's outputs of a
# previous run are removed first: truncating 600 MB of them is the
# filesystem's work, not the job's.
time_it() {
    local name=$1; shift
    local best="" rss="" cpu="" t r u s
    for _ in $(seq "$runs"); do
        rm -f "$out/${name}_yoy.csv" "$out/${name}_series.csv"
        sync
        if ! /usr/bin/time -f '%e %M %U %S' -o "$out/time.$name" "$@" \
                >"$out/log.$name" 2>&1; then
            echo "$name failed on $file:" >&2; tail -5 "$out/log.$name" >&2
            return 0
        fi
        read -r t r u s <"$out/time.$name"
        if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then
            best=$t; rss=$r; cpu=$(awk "BEGIN{print $u + $s}")
        fi
    done
    echo "$n $name $best $rss $bytes $rows $cpu" >>"$results"
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
    time_it libcsv+strtod "$build/bench/csv_count" --strtod "$file"
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

versions() {
    echo "- econind $(git -C "$root" describe --always --dirty 2>/dev/null), $(cc --version | head -1), meson buildtype release"
    echo "- libcsv $(dpkg-query -W -f '${Version}' libcsv3 2>/dev/null || echo '?')"
    [ $have_pandas = 1 ] && echo "- pandas $("$py" -c 'import pandas, numpy, sys; print(pandas.__version__, "(numpy", numpy.__version__ + ", python", sys.version.split()[0] + ")")')"
    [ $have_dt = 1 ] && echo "- data.table $(Rscript -e 'cat(as.character(packageVersion("data.table")), "(", R.version.string, ")")' 2>/dev/null)"
    [ $have_duck = 1 ] && echo "- DuckDB $(node -p "require('$here/peers/node_modules/@duckdb/node-api/package.json').version") (@duckdb/node-api, node $(node --version))"
    return 0
}
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- |
    sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# table FORMAT: text or md
table() {
    awk -v fmt="$1" '
        { key = $1 SUBSEP $2; t[key] = $3; rss[key] = $4; by[key] = $5;
          rw[key] = $6; cpu[key] = $7; order[++k] = key }
        function row(a, b, c, d, e, f, g, h, i, j) {
            if (fmt == "md")
                printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
                       a, b, c, d, e, f, g, h, i, j
            else
                printf "%-9s %-13s %7s %7s %6s %9s %7s %7s %8s %8s\n",
                       a, b, c, d, e, f, g, h, i, j
        }
        END {
            row("rows", "program", "wall s", "CPU s", "MB/s", "rows/s",
                "us/row", "RSS MB", "wall/ei", "CPU/ei")
            if (fmt == "md")
                print "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|"
            for (i = 1; i <= k; i++) {
                key = order[i]; split(key, a, SUBSEP)
                base = t[a[1] SUBSEP "econind"]
                cbase = cpu[a[1] SUBSEP "econind"]
                w = t[key] > 0 ? t[key] : 0.005
                row(a[1], a[2], sprintf("%.2f", t[key]),
                    sprintf("%.2f", cpu[key]),
                    sprintf("%.0f", by[key] / 1e6 / w),
                    sprintf("%.3g", rw[key] / w),
                    sprintf("%.3f", w * 1e6 / rw[key]),
                    sprintf("%.0f", rss[key] / 1024),
                    base > 0 ? sprintf("%.2fx", t[key] / base) : "-",
                    cbase > 0 ? sprintf("%.2fx", cpu[key] / cbase) : "-")
            }
        }' "$results"
}

echo
echo "machine: $machine"
versions
grep -E ' (same|DIFFER)$' "$checks" | sed 's/^/results vs econind: /' || true
grep DIFFER "$checks" | grep -v '^[0-9]' || true
echo
table text
if [ -n "$md" ]; then
    {
        echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run_compare.sh --runs $runs$(printf ' %s' "${sizes[@]}")\` (the fastest of $runs runs of each program)."
        echo
        echo "Machine: $machine."
        echo
        echo "wall/ei and CPU/ei: the program's wall time and CPU time (user +"
        echo "system, all threads) over econind's; us/row: wall microseconds per row."
        echo
        versions
        echo
        grep -E ' (same|DIFFER)$' "$checks" |
            sed 's/^\([0-9]*\) \([^ ]*\) \(.*\)/- \1 rows: \2 gives the \3 numbers as econind (1e-9 relative)/' |
            sed 's/the same numbers/the same numbers/; s/the DIFFER numbers/DIFFERENT numbers/' || true
        echo
        table md
    } >"$md"
    echo "wrote $md"
fi
