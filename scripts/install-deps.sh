#!/usr/bin/env bash
# Installs the Debian 12 packages salesaudit needs to build and test, skipping those
# already present. Uses sudo when not run as root.
#   scripts/install-deps.sh          what building and running needs (dpkg-dev and file: the
#                                    package's Depends, from dpkg-shlibdeps, for the Install step)
#   scripts/install-deps.sh --test   plus what the test suite drives (validators, a browser, tmux,
#                                    GNU parallel for the sharding example, node and the
#                                    npm packages of tests/forms-js,
#                                    clang and its libFuzzer runtime for fuzz/run.sh)
set -euo pipefail

packages=(
  g++ cmake ninja-build
  libcli11-dev nlohmann-json3-dev libfmt-dev libsimdjson-dev
  libcpp-httplib-dev libqrencode-dev pkg-config
  libgtest-dev libgmock-dev
  pkg-config libminizip-dev libexpat1-dev
  gettext
  dpkg-dev file
)
if [ "${1:-}" = "--test" ]; then
  packages+=(python3 python3-jsonschema tmux lintian groff-base chromium clang libclang-rt-14-dev parallel nodejs)
  # Debian's npm conflicts with a nodejs that bundles npm (NodeSource): only when missing.
  command -v npm >/dev/null || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm test tools, each folder pinned by its package-lock.json: tests/forms-js (SurveyJS
# survey-core) and tests/browser (puppeteer-core, axe-core).
npm_test_tools() {
  if [ "${1:-}" = "--test" ]; then
    for dir in forms-js browser; do
      (cd "$(dirname "$0")/../tests/$dir" && npm ci --no-audit --no-fund --ignore-scripts >&2)
    done
  fi
}
[ ${#missing[@]} -eq 0 ] && { npm_test_tools "$@"; exit 0; }

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}" >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
npm_test_tools "$@"
