#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Run the fuzz targets for SECONDS each, two at a time (the CI machines and
# the development box have two cores), niced, after fuzz/build.sh.
#   fuzz/run.sh SECONDS [TARGET...]      (default: every fuzz/fuzz_*.c)
# Per target T (T = csv, csv_rows, number, period, registry, …):
#   seeds     fuzz/corpus/T/ (committed: hand seeds and crash reproducers)
#             + datasets/**/*.csv and tests/data/bad/*/input.* for the CSV
#             targets (the first byte of a csv input picks the options, so
#             each file is seeded with a few option bytes)
#   work      fuzz/work/T/corpus (grown by libFuzzer, not committed)
#   crashes   fuzz/work/T/artifacts/ — copy each into fuzz/corpus/T/ once
#             fixed, as a regression case (tests/fuzz replays the corpus)
#   log       fuzz/work/T.log; a summary line per target at the end.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${FUZZ_OUT:-$here/out}
secs=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
if [ $# -eq 0 ]; then
    set -- $(for f in "$here"/fuzz_*.c; do basename "$f" .c | sed 's/^fuzz_//'; done)
fi

seed() {
    t=$1; dir=$2
    mkdir -p "$dir"
    [ -d "$here/corpus/$t" ] && cp "$here/corpus/$t"/* "$dir"/ 2>/dev/null || true
    case $t in
    csv|csv_rows|registry|target*)
        i=0
        for f in $(find "$root/datasets" "$root/tests/data" -type f \
                     \( -name '*.csv' -o -name 'input.bin' \) | sort); do
            i=$((i + 1))
            if [ "$t" = registry ]; then
                cp "$f" "$dir/file-$i"
            elif [ "$t" = target ]; then
                # reader byte: 0 targets, 1 plans, 2 tasks, 3 scorecard
                case $(basename "$f") in
                targets*) b=000 ;; plans*) b=001 ;; tasks*) b=002 ;;
                scorecard*) b=003 ;; *) b=000 ;;
                esac
                { printf "\\$b"; cat "$f"; } > "$dir/file-$i-$b"
            else
                # option bytes: 0 auto/strict, 9 lenient, 2 wide, 0x83 defaults
                for b in 000 011 002 203; do
                    { printf "\\$b"; cat "$f"; } > "$dir/file-$i-$b"
                done
            fi
        done ;;
    esac
}

run_one() {
    t=$1
    exe="$out/fuzz_$t"
    [ -x "$exe" ] || { echo "missing $exe: run fuzz/build.sh" >&2; return 1; }
    w="$here/work/$t"
    mkdir -p "$w/artifacts"
    seed "$t" "$w/corpus"
    dict=
    case $t in
    csv|csv_rows|registry|target*) dict="-dict=$here/csv.dict" ;;
    number) dict="-dict=$here/number.dict" ;;
    period) dict="-dict=$here/period.dict" ;;
    esac
    # -rss_limit_mb: the readers must stay bounded; -max_len: room for the
    # column and field limits to be hit.
    nice -n 10 "$exe" $dict -max_total_time="$secs" -rss_limit_mb=2048 \
        -max_len=65536 -timeout=25 -print_final_stats=1 \
        -artifact_prefix="$w/artifacts/" "$w/corpus" > "$here/work/$t.log" 2>&1 \
        || echo "fuzz_$t: stopped with a finding, see $here/work/$t.log" >&2
}

summary() {
    t=$1
    log="$here/work/$t.log"
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p')
    found=$(ls "$here/work/$t/artifacts" 2>/dev/null | wc -l)
    echo "fuzz_$t: ${runs:-?} runs, ${eps:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}, findings $found"
}

mkdir -p "$here/work"
# two at a time
while [ $# -gt 0 ]; do
    a=$1; shift
    run_one "$a" &
    pa=$!
    if [ $# -gt 0 ]; then
        b=$1; shift
        run_one "$b" &
        wait $!
        summary "$b"
    fi
    wait $pa
    summary "$a"
done
