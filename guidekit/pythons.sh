#!/usr/bin/env bash
# Makes every CPython the guide is tested on (3.11-3.15) available to the test suite.
#   ./guide pythons       (./guide test runs it first)
# 3.11-3.13 come from pyenv (or any python3.X on PATH, or GUIDE_PYTHONS). Python 3.14 and 3.15
# are taken from PATH when there; otherwise Debian unstable's packages are installed into a small
# chroot made with mmdebstrap (their binaries need a newer glibc than Debian 12), and wrappers
# .pythons/python3.14 and .pythons/python3.15 run them there, with the current directory and /tmp
# bound in at the same paths. guidekit/snippets.py finds the wrappers. Run again any time: it only does
# what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROOT=${GUIDE_CHROOT:-/var/cache/asyncio-guide/unstable}
PACKAGES="python3.14 python3.15"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

have() {  # is python$1 reachable without the chroot?
  command -v "python$1" >/dev/null && return 0
  for exe in ${GUIDE_PYTHONS:-}; do
    [ "$("$exe" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" = "$1" ] && return 0
  done
  return 1
}

wanted=()
for v in 3.14 3.15; do have "$v" || wanted+=("$v"); done
mkdir -p .pythons
[ ${#wanted[@]} -gt 0 ] || { echo "pythons: 3.14 and 3.15 found on this machine"; exit 0; }

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

for v in "${wanted[@]}"; do
  cat > ".pythons/python$v" <<WRAPPER
#!/bin/sh
# Written by guidekit/pythons.sh: Debian unstable's python$v, run in $CHROOT with the
# current directory and /tmp bound in at the same paths (root: unshare -m; others: unshare -rm).
[ "\$(id -u)" = 0 ] && ns=-m || ns=-rm
exec unshare \$ns sh -c '
  root=\$1; dir=\$(pwd); shift
  mkdir -p "\$root\$dir" 2>/dev/null
  mount --rbind /proc "\$root/proc" && mount --rbind /dev "\$root/dev" &&
    mount --bind /tmp "\$root/tmp" && mount --bind "\$dir" "\$root\$dir" || exit 125
  exec chroot "\$root" /bin/sh -c "cd \\"\\\$0\\" && exec /usr/bin/python$v \\"\\\$@\\"" "\$dir" "\$@"
' sh "$CHROOT" "\$@"
WRAPPER
  chmod +x ".pythons/python$v"
  echo "pythons: .pythons/python$v -> $(".pythons/python$v" -c 'import sys; print(sys.version.split()[0])')"
done
