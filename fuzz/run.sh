#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz and runs each one for a bounded time
# on its checked-in seed corpus (fuzz/corpus/<target>/). New inputs that reach new code go
# to build-fuzz/corpus/<target>/, crashes to build-fuzz/crashes/ (and fail the run).
#   fuzz/run.sh                 30 seconds per target (CI)
#   FUZZ_SECONDS=600 fuzz/run.sh    longer, locally
#   fuzz/run.sh fuzz_csv        one target
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-30}"
build="${FUZZ_BUILD_DIR:-build-fuzz}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DSALESAUDIT_FUZZ=ON -DSALESAUDIT_BUILD_TESTS=OFF >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_questionnaire fuzz_answers fuzz_ndjson fuzz_csv fuzz_conditions fuzz_forms)
fi
cmake --build "$build" -j"${FUZZ_JOBS:-2}" --target "${targets[@]}"

mkdir -p "$build/crashes"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
for target in "${targets[@]}"; do
  work="$build/corpus/$target"
  mkdir -p "$work"
  echo "== $target: ${seconds}s ==" >&2
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: runaway memory is a bug.
  "$build/$target" "$work" "fuzz/corpus/$target" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" \
    -dict=fuzz/json.dict 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY|INFO: seed corpus)" >&2 || true
  if compgen -G "$build/crashes/$target-*" >/dev/null; then
    echo "$target: crash or hang found, see $build/crashes/" >&2
    exit 1
  fi
done
