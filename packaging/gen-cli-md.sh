#!/usr/bin/env bash
# Regenerates the CLI reference from the built binary's own help, so it cannot drift:
#   packaging/gen-cli-md.sh build/dev/salesaudit > docs/cli.md
set -euo pipefail
bin=${1:?usage: packaging/gen-cli-md.sh PATH/TO/salesaudit}
export COLUMNS=100 NO_COLOR=1

cat <<'EOF'
# Command-line reference

Generated from `salesaudit --help` and `salesaudit COMMAND --help` by
`packaging/gen-cli-md.sh`; the same text is what the installed binary prints. The manual
page `salesaudit(1)` covers the same ground in prose.

Conventions for every command:

- Reports and data go to standard output, or to `--output FILE` (written atomically:
  a temporary file in the same folder, then renamed). Prompts, progress, warnings and
  diagnostics go to standard error.
- `-` as a file reads standard input.
- Colour only on a terminal; never with `NO_COLOR` set or `--color never`.
- Questionnaires are named `ID`, `ID@MAJOR`, `ID@MAJOR.MINOR`, `ID@X.Y.Z` (newest match)
  or by file path; `--questionnaire-path DIR` and `SALESAUDIT_PATH` add folders of
  `<id>/<version>.json` files searched before the built-in ones.
- Diagnostics name the file and the place: `file:line:col: message` for JSON syntax,
  `file: /json/pointer: message` for invalid content, the line for NDJSON and CSV.

## Exit codes

| code | meaning |
|---|---|
| 0 | success (lint findings are advice and keep 0) |
| 1 | a threshold was not met: `--fail-under`, `--max-drop`, `--min-coverage`, `diff --fail-on-regression`, `lint --strict` |
| 2 | usage error (unknown option, bad value); the message suggests `--help` |
| 65 | invalid data: a questionnaire or answers document (every problem is listed) |
| 66 | an input is missing or unreadable |
| 73 | an output cannot be created or written |
| 130 | interrupted; the interactive run saved its progress |

## More

- [authoring.md](authoring.md): writing a questionnaire, `new-questionnaire`, `lint`, `template`.
- [scoring.md](scoring.md): how scores, coverage, gains and priorities are computed.
- [ci.md](ci.md): scoring in CI, gates, Markdown job summaries and JUnit output.
- [performance.md](performance.md): batch throughput and memory figures.

## salesaudit

```text
EOF
"$bin" --help
echo '```'
for cmd in $("$bin" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  *[a-z]/ { print $1 } on && /^$/ { on = 0 }'); do
  printf '\n## salesaudit %s\n\n```text\n' "$cmd"
  "$bin" "$cmd" --help
  echo '```'
done
