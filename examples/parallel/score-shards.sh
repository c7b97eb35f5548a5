#!/usr/bin/env bash
# Scores a large NDJSON file in shards with GNU parallel, one salesaudit process per
# shard, and writes one NDJSON row per respondent in input order.
#   examples/parallel/score-shards.sh INPUT.ndjson [OUTPUT.ndjson] [BLOCK=16M]
# Needs GNU parallel (Debian: apt-get install parallel). SALESAUDIT picks the binary.
# Exit status: 0 when every record scored, otherwise the number of shards that failed.
set -euo pipefail

input=${1:?usage: score-shards.sh INPUT.ndjson [OUTPUT.ndjson] [BLOCK]}
output=${2:-/dev/stdout}
block=${3:-16M}
salesaudit=${SALESAUDIT:-salesaudit}

# --pipe-part cuts the file at line ends without reading it through one pipe;
# --keep-order prints the shards' rows in input order. Each shard is the stdin-to-stdout
# mode, so `source` in a row is "<stdin>:LINE" within its shard: use respondent_id.
parallel --will-cite --pipe-part -a "$input" --block "$block" --keep-order --jobs 0 \
  "$salesaudit" score - --input-format ndjson --format ndjson --threads 1 >"$output"
