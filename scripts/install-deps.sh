#!/usr/bin/env bash
# Installs the Debian 12 packages salesaudit needs to build and test, skipping those
# already present. Uses sudo when not run as root.
#   scripts/install-deps.sh          what building and running needs
#   scripts/install-deps.sh --test   plus what the test suite drives (validators, a browser, tmux,
#                                    GNU parallel for the sharding example,
#                                    clang and its libFuzzer runtime for fuzz/run.sh)
set -euo pipefail

packages=(
  g++ cmake ninja-build
  libcli11-dev nlohmann-json3-dev libfmt-dev libsimdjson-dev
  libcpp-httplib-dev libqrencode-dev pkg-config
  libgtest-dev libgmock-dev
  gettext
)
if [ "${1:-}" = "--test" ]; then
  packages+=(python3 python3-jsonschema tmux dpkg-dev groff-base chromium clang libclang-rt-14-dev parallel nodejs)
  # Debian's npm, unless a node install already brings its own (nodesource's nodejs does).
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The browser tests' npm tools (pinned in tests/browser/package-lock.json).
browser_tools() {
  if [ "${1:-}" = "--test" ] && [ ! -d "$(dirname "$0")/../tests/browser/node_modules" ]; then
    (cd "$(dirname "$0")/../tests/browser" && npm ci --no-audit --no-fund --ignore-scripts >&2)
  fi
}
[ ${#missing[@]} -eq 0 ] && { browser_tools "${1:-}"; exit 0; }

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}" >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
browser_tools "${1:-}"
