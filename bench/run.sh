#!/usr/bin/env bash
# Batch scoring benchmark (not a test): generates ~SIZE_MB of NDJSON answers for the
# built-in questionnaire, then measures in the same run
#   1. the parse-only floor: simdjson parsing every line, one thread (bench/parse_floor.cpp)
#   2. salesaudit score FILE --format csv (release build, all cores)
#   3. scoring one answers file, process start to exit (median of SINGLE_RUNS)
# and prints medians, their ratio and peak RSS.
#   bench/run.sh [SIZE_MB=100] [RUNS=5] [SINGLE_RUNS=50]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
size_mb=${1:-100}
runs=${2:-5}
single_runs=${3:-50}
build=${BENCH_BUILD_DIR:-$root/build-bench}
questionnaire=$root/questionnaires/crisis-mode/1.0.0.json
data=$build/answers-${size_mb}mb.ndjson

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSALESAUDIT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target salesaudit >/dev/null
c++ -O3 -DNDEBUG -std=c++20 "$root/bench/parse_floor.cpp" -lsimdjson -o "$build/parse_floor"
if [ ! -f "$data" ]; then
  echo "generating $data" >&2
  python3 "$root/bench/gen_answers.py" "$questionnaire" "$size_mb" 1 >"$data.tmp"
  mv "$data.tmp" "$data"
fi

measure() { python3 "$root/bench/measure.py" "$@"; }
value() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }

bytes=$(stat -c %s "$data")
records=$(wc -l <"$data")
cat "$data" >/dev/null  # warm the page cache for both
floor=$(measure "$runs" /dev/null -- "$build/parse_floor" "$data")
score=$(measure "$runs" "$build/scores.csv" -- "$build/salesaudit" score "$data" --format csv)
single=$(measure "$single_runs" /dev/null -- "$build/salesaudit" score "$root/examples/answers/average.json" --format json)

floor_s=$(value median_s "$floor")
score_s=$(value median_s "$score")
echo "machine:      $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "input:        $data ($bytes bytes, $records records)"
echo "parse floor:  $floor"
echo "score csv:    $score"
echo "ratio:        $(python3 -c "print('%.2f' % ($score_s / $floor_s))") (target <= 2)"
echo "throughput:   $(python3 -c "print('%.0f MB/s, %.0f records/s' % ($bytes / $score_s / 1e6, $records / $score_s))")"
echo "peak RSS:     $(($(value max_rss_kib "$score") / 1024)) MiB (target <= 64)"
echo "single file:  $single (target median < 5 ms)"
echo "rows:         $(($(wc -l <"$build/scores.csv") - 1)) (errors: $(grep -c ',error,' "$build/scores.csv" || true))"
