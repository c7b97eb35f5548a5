#!/usr/bin/env bash
# Scores every answers document in a folder with CI gates and writes a Markdown job summary.
#
#   examples/ci/score-folder.sh FOLDER [GATE OPTIONS...]
#   examples/ci/score-folder.sh answers/ --fail-under overall=60 --fail-under delegation=50 --min-coverage 0.8
#
# Environment:
#   SALESAUDIT           the salesaudit binary (default: salesaudit on PATH)
#   OUT_DIR              where the results go (default: salesaudit-out)
#   GITHUB_STEP_SUMMARY  set by GitHub Actions: the summary is appended to it as well
#
# Writes OUT_DIR/scores.csv (a row per respondent), OUT_DIR/junit.xml (a test case per gate
# and respondent), OUT_DIR/team.md (the team report) and OUT_DIR/summary.md.
# Exits like `salesaudit score`: 0 all gates passed, 1 a gate failed, 65 invalid answers
# (takes precedence over 1), 66 a missing input, 2 a usage error.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 FOLDER [salesaudit score gate options...]" >&2
  exit 2
fi
folder=$1
shift
bin=${SALESAUDIT:-salesaudit}
out=${OUT_DIR:-salesaudit-out}
mkdir -p "$out"

status=0
"$bin" score "$folder" --format csv --output "$out/scores.csv" "$@" 2>"$out/score.log" || status=$?
# The JUnit file and the team report are extras: their exit codes repeat the one above.
"$bin" score "$folder" --format junit --output "$out/junit.xml" "$@" 2>/dev/null || true
team_ok=1
"$bin" team "$folder" --format markdown --output "$out/team.md" 2>/dev/null || team_ok=0
[ -s "$out/team.md" ] || team_ok=0

case $status in
  0) verdict="passed" ;;
  1) verdict="failed: a gate was not met" ;;
  65) verdict="failed: some answers are invalid" ;;
  66) verdict="failed: an input is missing" ;;
  2) verdict="failed: usage error" ;;
  *) verdict="failed (exit $status)" ;;
esac

# Input text (respondent ids, file names) goes inside code blocks, with backticks removed,
# so it cannot turn into Markdown.
code_block() {
  echo '```text'
  tr -d '`'
  echo '```'
}

{
  echo "## salesaudit: $(printf '%s' "$folder" | tr -d '`*_[]<>|')"
  echo
  echo "**Result: $verdict** (exit $status)"
  echo
  summary_line=$(grep -E '^scored [0-9]+, failed [0-9]+$' "$out/score.log" | tail -n 1 || true)
  [ -n "$summary_line" ] && echo "Respondents: $summary_line." && echo
  if grep -q '^gate failed: ' "$out/score.log"; then
    echo "### Failed gates"
    echo
    grep '^gate failed: ' "$out/score.log" | sed 's/^gate failed: //' | code_block
    echo
  elif [ $# -gt 0 ]; then
    echo "Every gate passed: \`$(printf '%s ' "$@" | tr -d '`')\`"
    echo
  fi
  if grep -qvE '^(gate failed: |scored [0-9]+, failed [0-9]+$)' "$out/score.log"; then
    echo "### Problems"
    echo
    grep -vE '^(gate failed: |scored [0-9]+, failed [0-9]+$)' "$out/score.log" | code_block
    echo
  fi
  if [ $team_ok -eq 1 ]; then
    # The team report one heading level down, under this summary's title.
    sed 's/^#/##/' "$out/team.md"
  fi
} >"$out/summary.md"

if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$out/summary.md" >>"$GITHUB_STEP_SUMMARY"
fi
echo "salesaudit: $verdict; results in $out/ (summary.md, scores.csv, junit.xml, team.md)" >&2
exit "$status"
