#!/usr/bin/env bash
# Makes every CPython the guide is tested on (3.11-3.15) available to the test suite.
#   ./guide pythons       (./guide test runs it first)
# 3.11 and 3.12 come from pyenv (or any python3.X on PATH, or GUIDE_PYTHONS). Python 3.13, 3.14 and
# 3.15 are taken from PATH when a recent enough release is there (FLOORS below); otherwise Debian
# unstable's packages are installed into a small chroot made with mmdebstrap (their binaries need a
# newer glibc than Debian 12), and wrappers .pythons/python3.X run them there, with the current
# directory and /tmp bound in at the same paths. guidekit/snippets.py finds the wrappers and, for
# each minor, uses the newest release on the machine. Run again any time: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROOT=${GUIDE_CHROOT:-/var/cache/asyncio-guide/unstable}
PACKAGES="python3.13 python3.14 python3.15"
# The oldest bug-fix release of each of these that the pages describe. asyncio changed in bug-fix
# releases: from 3.13.15 and 3.14.7 a cancelled Server.serve_forever() closes its clients
# (gh-123720) and Process.wait() returns without reading the pipes (gh-119710). An older release
# found on this machine is not enough; Debian unstable's current one is installed instead.
FLOORS="3.13.15 3.14.7 3.15.0"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

have() {  # is python$1, release $2 or newer, reachable without the chroot?
  for exe in $(command -v "python$1") ${GUIDE_PYTHONS:-}; do
    "$exe" -c "import sys; v = '$2'.split('.'); sys.exit(sys.version_info[:2] != tuple(map(int, v[:2])) or sys.version_info[:3] < tuple(map(int, v)))" 2>/dev/null && return 0
  done
  return 1
}

wanted=()
for floor in $FLOORS; do v=${floor%.*}; have "$v" "$floor" || wanted+=("$v"); done
mkdir -p .pythons
[ ${#wanted[@]} -gt 0 ] || { echo "pythons: $FLOORS or newer found on this machine"; exit 0; }

if [ "$(cat "$CHROOT/.guide-packages" 2>/dev/null)" != "$PACKAGES" ]; then
  if [ "$(uname -s)" != Linux ]; then
    echo "pythons: install Python ${wanted[*]} yourself (python.org or uv) and put them on PATH" >&2
    exit 1
  fi
  echo "pythons: making a Debian unstable root with $PACKAGES in $CHROOT (about a minute)"
  command -v mmdebstrap >/dev/null || {
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq mmdebstrap >/dev/null
  }
  $SUDO rm -rf "$CHROOT.new"
  $SUDO mkdir -p "$(dirname "$CHROOT")"
  # The unstable index is a frozen snapshot here, so its Valid-Until date has passed.
  $SUDO mmdebstrap --quiet --variant=apt --include="${PACKAGES// /,}" \
    --aptopt='Acquire::Check-Valid-Until "false"' \
    unstable "$CHROOT.new" http://deb.debian.org/debian
  echo "$PACKAGES" | $SUDO tee "$CHROOT.new/.guide-packages" >/dev/null
  $SUDO rm -rf "$CHROOT"
  $SUDO mv "$CHROOT.new" "$CHROOT"
fi

# .pythons/chroot-run CMD...: runs CMD in the chroot with what a snippet needs bound in at the same
# paths: the current directory, /tmp, the uv cache, DNS and the CA bundle (for uv's downloads from
# PyPI), and uv itself at /opt/guide-uv when GUIDE_UV_DIR names its folder.
cat > .pythons/chroot-run <<WRAPPER
#!/bin/sh
# Written by guidekit/pythons.sh. Root uses unshare -m; others a user namespace (unshare -rm).
[ "\$(id -u)" = 0 ] && ns=-m || ns=-rm
ca=\${SSL_CERT_FILE:-\${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}}
cache=\${UV_CACHE_DIR:-\${XDG_CACHE_HOME:-\$HOME/.cache}/uv}
exec unshare \$ns sh -c '
  root=\$1 ca=\$2 cache=\$3; dir=\$(pwd); shift 3
  bind() { [ -e "\$1" ] || return 0; if [ -d "\$1" ]; then mkdir -p "\$root\$2"; else mkdir -p "\$(dirname "\$root\$2")"; touch "\$root\$2"; fi; mount --bind "\$1" "\$root\$2"; }
  mount --rbind /proc "\$root/proc" && mount --rbind /dev "\$root/dev" && bind /tmp /tmp && bind "\$dir" "\$dir" || exit 125
  bind /etc/resolv.conf /etc/resolv.conf; bind "\$ca" /opt/guide-ca.crt; mkdir -p "\$cache" && bind "\$cache" "\$cache"
  [ -n "\${GUIDE_UV_DIR:-}" ] && bind "\$GUIDE_UV_DIR" /opt/guide-uv
  exec chroot "\$root" /usr/bin/env SSL_CERT_FILE=/opt/guide-ca.crt UV_CACHE_DIR="\$cache" /bin/sh -c "cd \"\\\$0\" && exec \"\\\$@\"" "\$dir" "\$@"
' sh "$CHROOT" "\$ca" "\$cache" "\$@"
WRAPPER
chmod +x .pythons/chroot-run
for v in "${wanted[@]}"; do
  cat > ".pythons/python$v" <<WRAPPER
#!/bin/sh
# Written by guidekit/pythons.sh: Debian unstable's python$v, run in $CHROOT.
exec "\$(dirname "\$0")/chroot-run" /usr/bin/python$v "\$@"
WRAPPER
  chmod +x ".pythons/python$v"
  echo "pythons: .pythons/python$v -> $(".pythons/python$v" -c 'import sys; print(sys.version.split()[0])')"
done
