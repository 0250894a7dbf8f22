#!/usr/bin/env bash
# Times `cupi-gen dump` beside `xmllint --noout --schema` (libxml2 compiling the same schema:
# the floor) on synthetic descriptions, and prints medians and ratios as a markdown table.
#
#   Benchmarks/dump-benchmark.sh [NxM ...]     sizes in addition to the default 2000x20
#
# Environment: RUNS (timed runs per tool, default 5); CUPI_GEN (a cupi-gen binary to use
# instead of building the release one).
#
# The machine is shared and noisy, so both tools run alternately in one session and only
# ratios are worth comparing across machines. Nothing here asserts a time.
set -euo pipefail

runs=${RUNS:-5}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
sizes=(2000x20 "$@")

[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "error: RUNS must be a positive integer" >&2; exit 2; }
for size in "${sizes[@]}"; do
    [[ $size =~ ^[0-9]+x[0-9]+$ ]] || { echo "error: size '$size' is not NxM (e.g. 2000x20)" >&2; exit 2; }
done

# /usr/bin/time and xmllint are needed by this benchmark only, not by the package or its tests.
if ! command -v xmllint >/dev/null || [[ ! -x /usr/bin/time ]]; then
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq libxml2-utils time >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/cupi-gen-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [[ -n ${CUPI_GEN:-} ]]; then
    cupigen=$CUPI_GEN
else
    echo "building cupi-gen (release)..." >&2
    if ! (cd "$root" && swift build -c release --product cupi-gen >&2); then
        echo "error: 'swift build -c release --product cupi-gen' failed (output above); nothing was timed" >&2
        exit 1
    fi
    cupigen="$(cd "$root" && swift build -c release --show-bin-path)/cupi-gen"
fi

# Fail clearly, before timing anything, if `dump` is missing or cannot read a tiny input.
python3 "$here/synthetic-schema.py" --types 10 --elements 3 --out "$work/probe"
xmllint --noout --schema "$work/probe/all.xsd" "$work/probe/instance.xml" 2>/dev/null
if ! "$cupigen" dump "$work/probe/application.wadl" >/dev/null 2>"$work/probe.err"; then
    echo "error: '$cupigen dump' failed on a 10x3 synthetic description that xmllint accepts;" \
         "is 'cupi-gen dump' complete? Nothing was timed." >&2
    sed 's/^/  | /' "$work/probe.err" | head -20 >&2
    exit 1
fi

# Runs "$@" under /usr/bin/time -v, stdout discarded; appends "wall_seconds rss_kb" to $out.
measure() {
    local out=$1; shift
    if ! /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/cmd.err"; then
        echo "error: command failed: $*" >&2
        sed 's/^/  | /' "$work/cmd.err" | head -20 >&2
        exit 1
    fi
    # Elapsed is "m:ss.ss" or "h:mm:ss"; fold the fields into seconds.
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
        /Maximum resident set size/ { rss = $2 }
        END { printf "%.2f %d\n", s, rss }' "$work/time.txt" >>"$out"
}

# Median of column $2 of file $1 (mean of the two middle values for an even count).
median() {
    sort -n -k"$2","$2" "$1" | awk -v c="$2" '
        { v[NR] = $c } END { m = int((NR + 1) / 2); print (NR % 2) ? v[m] : (v[m] + v[m + 1]) / 2 }'
}

echo "| size | tool | wall s (median) | peak RSS MB (median) |"
echo "|---|---|---:|---:|"
for size in "${sizes[@]}"; do
    n=${size%x*}; m=${size#*x}
    dir="$work/$size"
    python3 "$here/synthetic-schema.py" --types "$n" --elements "$m" --out "$dir"
    cupi=( "$cupigen" dump "$dir/application.wadl" )
    lint=( xmllint --noout --schema "$dir/all.xsd" "$dir/instance.xml" )
    "${cupi[@]}" >/dev/null 2>&1 || true  # warm the page cache for both, untimed
    "${lint[@]}" >/dev/null 2>&1 || true
    : >"$work/cupi.txt"; : >"$work/lint.txt"
    for ((r = 0; r < runs; r++)); do  # alternate, so load spikes hit both tools alike
        measure "$work/cupi.txt" "${cupi[@]}"
        measure "$work/lint.txt" "${lint[@]}"
    done
    cw=$(median "$work/cupi.txt" 1); cr=$(median "$work/cupi.txt" 2)
    lw=$(median "$work/lint.txt" 1); lr=$(median "$work/lint.txt" 2)
    awk -v s="$size" -v cw="$cw" -v cr="$cr" -v lw="$lw" -v lr="$lr" 'BEGIN {
        printf "| %s | cupi-gen dump | %.2f | %.1f |\n", s, cw, cr / 1024
        printf "| %s | xmllint --schema | %.2f | %.1f |\n", s, lw, lr / 1024
        printf "| %s | ratio cupi-gen / xmllint | %s | %.2f |\n", s, (lw > 0 ? sprintf("%.2f", cw / lw) : "n/a"), cr / lr
    }'
done
echo
echo "$runs timed runs per tool, alternating; $(nproc) CPUs; $(uname -sm);" \
     "$(xmllint --version 2>&1 | head -1)."
echo "Target (issue 2): cupi-gen dump at most 1.5 s and 250 MB for 2000x20."
