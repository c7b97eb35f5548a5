#!/usr/bin/env bash
# Batch scoring benchmark (not a test). Generates the workloads (fixed seeds) once, then
# measures in one run, interleaved (see bench/measure.py), the medians of:
#   floor-v1, floor-v2   the parse-only floor: simdjson On Demand reading every answer
#                        value of every record, one thread (bench/parse_floor.cpp)
#   ndjson-v1            score of SIZE_MB of NDJSON exports for crisis-mode@1.0.0 with what
#                        real exports hold (answers to disabled questions, na, unanswered
#                        and null answers, unknown keys, comments, keys in any order)
#   ndjson-v2            the same kind of file for the newest built-in, crisis-mode@2.0.0
#   csv-v1               the respondents of ndjson-v1 as a CSV export
#   team-v1              team over the respondents of ndjson-v1 (JSON report)
#   folder, folder-ndjson  FOLDER_FILES answers files in a folder, and the same records
#                        as one NDJSON
#   single, hello        one answers file start to exit, and a C "hello world"
# then prints every ratio and peak RSS. With BENCH_BASELINE=/path/to/an/older/salesaudit,
# the same commands of that binary are interleaved too (base-*), their ratios printed and
# their outputs compared byte for byte with this build's (team excepted when it changed).
#   bench/run.sh [SIZE_MB=100] [RUNS=5] [SINGLE_RUNS=50] [FOLDER_FILES=20000]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
size_mb=${1:-100}
runs=${2:-5}
single_runs=${3:-50}
folder_files=${4:-20000}
build=${BENCH_BUILD_DIR:-$root/build-bench}
data=$build/data
q1=$root/questionnaires/crisis-mode/1.0.0.json
q2=$root/questionnaires/crisis-mode/2.0.0.json
v1=$data/exports-v1-${size_mb}mb.ndjson
v2=$data/exports-v2-${size_mb}mb.ndjson
csv=$data/exports-v1-${size_mb}mb.csv
folder=$data/folder-${folder_files}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSALESAUDIT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target salesaudit >/dev/null
c++ -O3 -DNDEBUG -std=c++20 "$root/bench/parse_floor.cpp" -lsimdjson -o "$build/parse_floor"
printf '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n' >"$build/hello.c"
cc -O2 "$build/hello.c" -o "$build/hello"

mkdir -p "$data"
generate() {  # OUT COMMAND...: runs COMMAND into OUT unless OUT exists
  local out=$1
  shift
  [ -e "$out" ] && return
  echo "generating $out" >&2
  "$@" >"$out.tmp"
  mv "$out.tmp" "$out"
}
generate "$v1" python3 "$root/bench/gen_answers.py" "$q1" "$size_mb" 1 exports
generate "$v2" python3 "$root/bench/gen_answers.py" "$q2" "$size_mb" 2 exports
generate "$csv" python3 "$root/bench/convert.py" csv "$q1" "$v1"
if [ ! -d "$folder" ]; then
  echo "generating $folder" >&2
  python3 "$root/bench/convert.py" folder "$v1" "$folder_files" "$folder"
fi

exe=$build/salesaudit
out=$build/out
mkdir -p "$out"
cat "$v1" "$v2" "$csv" >/dev/null  # warm the page cache
cat >"$build/commands.txt" <<COMMANDS
floor-v1 /dev/null $build/parse_floor $v1
ndjson-v1 $out/ndjson-v1.csv $exe score $v1 --format csv
floor-v2 /dev/null $build/parse_floor $v2
ndjson-v2 $out/ndjson-v2.csv $exe score $v2 --format csv
csv-v1 $out/csv-v1.csv $exe score $csv --questionnaire crisis-mode@1.0.0 --format csv
team-v1 $out/team-v1.json $exe team $v1 --format json
folder $out/folder.csv $exe score $folder --format csv
folder-ndjson $out/folder-ndjson.csv $exe score $folder.ndjson --format csv
COMMANDS
cat >"$build/commands-single.txt" <<COMMANDS
single $out/single.json $exe score $root/examples/answers/average.json --format json
hello /dev/null $build/hello
COMMANDS
base=${BENCH_BASELINE:-}
if [ -n "$base" ]; then
  for name in ndjson-v1 ndjson-v2 csv-v1 team-v1 folder folder-ndjson; do
    grep "^$name " "$build/commands.txt" | sed "s|^$name $out/$name|base-$name $out/base-$name|; s| $exe | $base |"
  done >>"$build/commands.txt"
  echo "base-single $out/base-single.json $base score $root/examples/answers/average.json --format json" \
    >>"$build/commands-single.txt"
fi
results=$(python3 "$root/bench/measure.py" "$runs" "$build/commands.txt"
          python3 "$root/bench/measure.py" "$single_runs" "$build/commands-single.txt")

get() { awk -v n="$1" -v f="$2" '$1 == n { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == f) print kv[2] } }' <<<"$results"; }
ratio() { python3 -c "print('%.2f' % ($(get "$1" median_s) / $(get "$2" median_s)))"; }
cpu_ratio() { python3 -c "a, b = $(get "$1" cpu_s), $(get "$2" cpu_s); print('%.2f' % (a / b) if b > 0 else 'n/a')"; }
mib() { echo "$(($(get "$1" max_rss_kib) / 1024)) MiB"; }

echo "machine:   $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "inputs:    $(stat -Lc %s "$v1") bytes / $(wc -l <"$v1") records (v1), $(stat -Lc %s "$v2") bytes (v2), $folder_files files"
echo "runs:      $runs interleaved (single file: $single_runs)"
echo "$results" | sed 's/^/  /'
echo "ratios of median wall times (target / moonshot); cpu = ratio of median user + system times:"
echo "  ndjson-v1 / floor-v1       $(ratio ndjson-v1 floor-v1)   (<= 1.2 / 1.0)   peak $(mib ndjson-v1)   cpu $(cpu_ratio ndjson-v1 floor-v1)"
echo "  ndjson-v2 / floor-v2       $(ratio ndjson-v2 floor-v2)   (<= 1.2 / 1.0)   peak $(mib ndjson-v2)   cpu $(cpu_ratio ndjson-v2 floor-v2)"
echo "  csv-v1 / ndjson-v1         $(ratio csv-v1 ndjson-v1)   (<= 1.0)         peak $(mib csv-v1)   cpu $(cpu_ratio csv-v1 ndjson-v1)"
echo "  team-v1 / ndjson-v1        $(ratio team-v1 ndjson-v1)   (<= 1.5)         peak $(mib team-v1) (<= 64 MiB)   cpu $(cpu_ratio team-v1 ndjson-v1)"
echo "  folder / folder-ndjson     $(ratio folder folder-ndjson)   (<= 2)           peak $(mib folder)   cpu $(cpu_ratio folder folder-ndjson)"
echo "  single / hello             $(ratio single hello)   (<= 3 / 2)   cpu $(cpu_ratio single hello)"
if [ -n "$base" ]; then
  echo "baseline ($base):"
  echo "  base-ndjson-v1 / floor-v1  $(ratio base-ndjson-v1 floor-v1)   peak $(mib base-ndjson-v1)"
  echo "  base-ndjson-v2 / floor-v2  $(ratio base-ndjson-v2 floor-v2)   peak $(mib base-ndjson-v2)"
  echo "  base-csv-v1 / base-ndjson-v1  $(ratio base-csv-v1 base-ndjson-v1)"
  echo "  base-team-v1 / base-ndjson-v1  $(ratio base-team-v1 base-ndjson-v1)   peak $(mib base-team-v1)"
  echo "  base-folder / base-folder-ndjson  $(ratio base-folder base-folder-ndjson)"
  echo "  base-single / hello        $(ratio base-single hello)"
  for name in ndjson-v1 ndjson-v2 csv-v1 folder single; do
    ext=csv
    [ "$name" = single ] && ext=json
    if cmp -s "$out/$name.$ext" "$out/base-$name.$ext"; then same=identical; else same=DIFFERENT; fi
    echo "  output of $name: $same"
  done
fi
echo "rows:      ndjson-v1 $(($(wc -l <"$out/ndjson-v1.csv") - 1)) (errors: $(grep -c ',error,' "$out/ndjson-v1.csv" || true))," \
     "csv-v1 $(($(wc -l <"$out/csv-v1.csv") - 1)) (errors: $(grep -c ',error,' "$out/csv-v1.csv" || true))"
echo "checksums: $(cd "$out" && md5sum ndjson-v1.csv ndjson-v2.csv csv-v1.csv team-v1.json folder.csv | awk '{printf "%s %s  ", $2, substr($1, 1, 12)}')"
