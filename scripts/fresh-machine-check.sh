#!/usr/bin/env bash
# Runs the README's Quick start commands on a bare Debian 12, so that a missing install step
# fails here instead of on a new user's machine (docs/fresh-machine.md):
#   1. debootstrap --variant=minbase bookworm into a temporary folder (no compiler, no cmake);
#   2. in a chroot of it, in a fresh clone of HEAD: the build command and `salesaudit run`
#      with piped replies, then the test command (the whole suite), then the README's
#      Install step (cpack) and lintian on that package;
#   3. in a second bare root: `apt install ./salesaudit_*.deb`, then `salesaudit run`,
#      scoring an .xlsx export, `man salesaudit` (man-db is installed for this check only)
#      and bash completion.
# The only network is the package registry, read from the host's apt configuration.
#
# Usage: scripts/fresh-machine-check.sh            (as root; needs debootstrap)
# Environment: FRESH_LOG_DIR  where the logs go (default build/fresh-machine)
#              FRESH_WORK_DIR where the roots are made (default ${TMPDIR:-/var/tmp})
#              FRESH_DEB      a .deb: skip the build root, only check installing and using it
# Exit: 0 every check passed; 1 a check failed; 77 the check cannot run here (not root,
#       no debootstrap, no mirror, debootstrap or mount failed): the caller may fall back.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
log_dir=${FRESH_LOG_DIR:-$repo/build/fresh-machine}
cannot_run=77
# The README's two commands, checked against README.md below so they cannot drift apart.
build_cmd='bash scripts/install-deps.sh && cmake --workflow --preset release && build/release/salesaudit run'
test_cmd='bash scripts/install-deps.sh --test && cmake --workflow --preset dev'
# Replies for `salesaudit run`: name, team, role, one answer, then q (save and quit: exit 130).
replies='Ann\nEast\nLead\n4\nq\n'

say() { printf 'fresh-machine: %s\n' "$*"; }
cannot() {
  say "cannot run here: $*"
  exit "$cannot_run"
}

[ "$(id -u)" -eq 0 ] || cannot "needs root (debootstrap, chroot, mount)"
command -v debootstrap >/dev/null || cannot "debootstrap is not installed"
for cmd in "$build_cmd" "$test_cmd"; do
  grep -qxF "$cmd" "$repo/README.md" || { say "README.md no longer holds: $cmd"; exit 1; }
done

# The Debian mirror and the security archive, from the host's apt sources (one-line or deb822).
apt_uris() {  # $1: suite; prints the URIs of every source that serves it
  local f
  for f in "$apt_dir"/sources.list "$apt_dir"/sources.list.d/*.list; do
    [ -f "$f" ] && awk -v s="$1" '$1 == "deb" { i = 2; if ($2 ~ /^\[/) while ($i !~ /\]$/) i++; if ($2 ~ /^\[/) i++;
                                   if ($(i + 1) == s) print $i }' "$f"
  done
  for f in "$apt_dir"/sources.list.d/*.sources; do
    [ -f "$f" ] && awk -v s="$1" 'function flush() { if (deb && enabled && (" " suites " ") ~ (" " s " ")) print uris
                                                    deb = 0; enabled = 1; uris = ""; suites = "" }
      BEGIN { enabled = 1 }
      /^[ \t]*$/ { flush(); next }
      /^Types:/ { deb = ($0 ~ /[ \t]deb([ \t]|$)/) }
      /^Enabled:/ { enabled = ($2 != "no") }
      /^URIs:/ { uris = $2 }
      /^Suites:/ { sub(/^Suites:[ \t]*/, ""); suites = $0 }
      END { flush() }' "$f"
  done
}
apt_dir=/etc/apt
mirror=$(apt_uris bookworm | head -n 1)
security=$(apt_uris bookworm-security | head -n 1)
[ -n "$mirror" ] || cannot "no Debian 12 (bookworm) source in the host's apt configuration"

mkdir -p "$log_dir"
rm -f "$log_dir"/*.log
work=$(mktemp -d "${FRESH_WORK_DIR:-${TMPDIR:-/var/tmp}}/salesaudit-fresh.XXXXXX")
build_root=$work/build-root
deb_root=$work/deb-root

# Ends what still runs inside the roots, unmounts everything under $work (deepest first) and
# removes it; leaves $work in place rather than delete through a mount that would not go.
cleanup() {
  local rc=$? p mounts
  trap - EXIT
  for p in /proc/[0-9]*; do
    case $(readlink "$p/root" 2>/dev/null) in "$work"/*) kill -KILL "${p#/proc/}" 2>/dev/null || true ;; esac
  done
  mounts=$(awk -v w="$work/" 'index($5, w) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
  for p in $mounts; do umount "$p" 2>/dev/null || umount -l "$p" || true; done
  if awk -v w="$work/" 'index($5, w) == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo; then
    say "warning: mounts remain under $work; not removing it"
  else
    rm -rf --one-file-system "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM HUP

start=$SECONDS
step_start=0
step() {
  step_start=$SECONDS
  printf 'fresh-machine: %-58s' "$1"
}
done_step() { printf ' ok (%ds)\n' $((SECONDS - step_start)); }
failed() {  # $1: log file
  printf ' FAILED (%ds)\n' $((SECONDS - step_start))
  say "last lines of $1:"
  tail -n 80 "$1" | sed 's/^/    /'
  exit 1
}

host_ca=${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}
mount_root() {  # $1: root. What a booted system has and Chromium and the pty tests need.
  local r=$1
  cp /etc/resolv.conf "$r/etc/resolv.conf"
  # This network's TLS trust, like its resolver: where the registries are reached through a
  # proxy with its own certificate authority, npm in the root must trust it as the host does.
  [ -f "$host_ca" ] && cp "$host_ca" "$r/etc/host-ca.crt"
  [ -s "$r/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$r/etc/hosts"
  # No daemon started by a package's postinst inside the chroot.
  printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d" && chmod 755 "$r/usr/sbin/policy-rc.d"
  { mount -t proc proc "$r/proc" &&
    { mount -t sysfs sysfs "$r/sys" || mount --bind /sys "$r/sys"; } &&
    mount --bind /dev "$r/dev" &&
    mount --bind /dev/pts "$r/dev/pts" &&
    mount -t tmpfs -o mode=1777 shm "$r/dev/shm"; } 2>>"$log_dir/debootstrap.log"
}
in_root() {  # $1: root, $2: shell command; a clean environment, as a root login would have
  chroot "$1" /usr/bin/env -i HOME=/root TERM=dumb DEBIAN_FRONTEND=noninteractive NODE_EXTRA_CA_CERTS=/etc/host-ca.crt \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -euo pipefail -c "$2"
}

say "mirror from the host's apt sources: $mirror${security:+ (security: $security)}; logs in $log_dir"

step "debootstrap --variant=minbase bookworm"
debootstrap --variant=minbase bookworm "$build_root" "$mirror" >"$log_dir/debootstrap.log" 2>&1 || {
  printf ' FAILED\n'
  tail -n 20 "$log_dir/debootstrap.log" | sed 's/^/    /'
  cannot "debootstrap failed (log: $log_dir/debootstrap.log)"
}
{
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\n' "$mirror" "$mirror"
  [ -z "$security" ] || printf 'deb %s bookworm-security main\n' "$security"
} >"$build_root/etc/apt/sources.list"
cp -a "$build_root" "$deb_root"  # the second bare root, for installing the package
mount_root "$build_root" || cannot "mounting /proc, /sys, /dev in the chroot failed"
mount_root "$deb_root" || cannot "mounting /proc, /sys, /dev in the chroot failed"
done_step

if [ -z "${FRESH_DEB:-}" ]; then
  step "fresh clone of HEAD ($(git -C "$repo" rev-parse --short HEAD))"
  head=$(git -C "$repo" rev-parse HEAD)
  { git clone --quiet --no-checkout "$repo" "$build_root/root/salesaudit" &&
    git -C "$build_root/root/salesaudit" checkout --quiet --detach "$head"; } >"$log_dir/clone.log" 2>&1 ||
    failed "$log_dir/clone.log"
  done_step

  src=/root/salesaudit
  step "README build command, then salesaudit run (piped replies)"
  log=$log_dir/readme-build.log
  # The README's command; stdin is the replies for the interactive run only.
  in_root "$build_root" "cd $src && bash scripts/install-deps.sh </dev/null && cmake --workflow --preset release </dev/null &&
    { rc=0; printf '$replies' | build/release/salesaudit run || rc=\$?; echo exit=\$rc; }" >"$log" 2>&1 || failed "$log"
  grep -q '^exit=130$' "$log" || { say "salesaudit run did not stop with 130 after q"; failed "$log"; }
  grep -q '\[1/[0-9]*\]' "$log" || { say "salesaudit run showed no first question"; failed "$log"; }
  # A compiler or linker warning fails the check, at the end (the other steps still run).
  if grep -nE ':[0-9]+:[0-9]+: warning: |ld: warning: ' "$log" >"$log_dir/release-warnings.txt"; then
    printf ' compiler warnings (%ds)\n' $((SECONDS - step_start))
    sed 's/^/    /' "$log_dir/release-warnings.txt"
    warnings=1
  else
    done_step
  fi

  step "README test command (the whole suite)"
  log=$log_dir/readme-test.log
  in_root "$build_root" "cd $src && $test_cmd" </dev/null >"$log" 2>&1 || failed "$log"
  done_step
  summary=$(grep -E 'tests passed|tests failed' "$log" | tail -n 1)

  step "README Install: cpack -G DEB"
  log=$log_dir/package.log
  in_root "$build_root" "cd $src/build/release && cpack -G DEB" </dev/null >"$log" 2>&1 || failed "$log"
  cp "$build_root$src"/build/release/salesaudit_*.deb "$deb_root/root/"
  done_step

  step "lintian on that package (0 errors, 0 warnings)"
  log=$log_dir/lintian.log
  # Like the warnings, a lintian finding fails the check at the end.
  if in_root "$build_root" "cd $src/build/release && lintian --fail-on error,warning salesaudit_*.deb" \
    </dev/null >"$log" 2>&1; then
    done_step
  else
    printf ' FAILED (%ds)\n' $((SECONDS - step_start))
    sed 's/^/    /' "$log"
    lintian_failed=1
  fi
else  # FRESH_DEB: only install and use that package
  [ -f "$FRESH_DEB" ] || { say "FRESH_DEB=$FRESH_DEB: no such file"; exit 1; }
  cp "$FRESH_DEB" "$deb_root/root/"
fi

step "bare root: apt install ./salesaudit_*.deb"
log=$log_dir/deb-install.log
in_root "$deb_root" "cd /root && apt-get update && apt install -y ./salesaudit_*.deb" </dev/null >"$log" 2>&1 ||
  failed "$log"
done_step

step "installed: salesaudit run, serve, an .xlsx, man salesaudit, completion"
log=$log_dir/deb-use.log
# The .xlsx reader loads minizip and expat at run time: the package must bring them.
cp "$repo/tests/e2e/data/forms/microsoft-forms/responses.xlsx" "$deb_root/root/responses.xlsx"
cat >"$deb_root/root/use-check.sh" <<EOF
replies='$replies'
EOF
cat >>"$deb_root/root/use-check.sh" <<'EOF'
test "$(command -v salesaudit)" = /usr/bin/salesaudit
cd "$(mktemp -d)"
rc=0; printf "$replies" | salesaudit run 2>run.err || rc=$?; cat run.err
test $rc -eq 130; grep -q '\[1/[0-9]*\]' run.err; grep -q '^saved 1 of ' run.err
echo '-- salesaudit serve runs /usr/lib/salesaudit/salesaudit-serve (its own check of --listen)'
rc=0; salesaudit serve --answers-dir "$PWD/answers" --listen 127.0.0.1:port 2>serve.err || rc=$?; cat serve.err
test $rc -eq 2; grep -q 'the port must be a number' serve.err
echo '-- an .xlsx export (minizip and expat, loaded when it is read)'
salesaudit score /root/responses.xlsx --format csv --quiet >xlsx.csv; cat xlsx.csv
test "$(grep -c ',ok,' xlsx.csv)" -ge 2
echo '-- man salesaudit (man-db installed for this check only)'
apt-get install -y --no-install-recommends man-db >/dev/null
man salesaudit >man.txt; head -n 5 man.txt; grep -q '^NAME' man.txt; grep -q 'salesaudit run' man.txt
echo '-- bash completion: salesaudit <TAB>'
test -f /usr/share/bash-completion/completions/salesaudit
set +eu  # bash_completion reads unset variables; its loader returns 124 once it has loaded one
. /usr/share/bash-completion/bash_completion
_completion_loader salesaudit
complete -p salesaudit || exit 1
func=$(complete -p salesaudit | sed -n 's/.*-F \([^ ]*\).*/\1/p')
COMP_WORDS=(salesaudit ""); COMP_CWORD=1; COMP_LINE="salesaudit "; COMP_POINT=${#COMP_LINE}
[ -n "$func" ] || exit 1
"$func" salesaudit "" salesaudit
printf '%s\n' "${COMPREPLY[@]}" | tee completion.txt
grep -qx run completion.txt && grep -qx score completion.txt
EOF
in_root "$deb_root" "bash -eo pipefail /root/use-check.sh" </dev/null >"$log" 2>&1 || failed "$log"
done_step

if [ "${warnings:-0}" = 1 ] || [ "${lintian_failed:-0}" = 1 ]; then
  say "FAILED in $((SECONDS - start)) s: the release build warned or lintian complained (see above)"
  exit 1
fi
say "passed in $((SECONDS - start)) s${summary:+; suite: $summary}"
