#!/bin/sh
# Installs what `npm run test:windows` needs to run rollup-check-win-x64.exe: wine 10 or newer.
#
# Node 24's node.exe needs wine >= 10 (older wine refuses its memory reservations). When the
# machine's own wine is new enough it is used as it is. Otherwise (Debian 12 ships wine 8) this
# script makes a Debian 13 ("trixie") root with wine 10 by debootstrap, from the Debian mirror the
# machine's apt already uses, and test:windows runs wine in it with chroot.
#
# Needs root (apt-get, debootstrap, chroot) and about 1.5 GB in ROLLUP_CHECK_WINE_ROOT
# (default ~/.cache/rollup-check/wine-trixie). Prints the wine to use on its last line:
#   host:/usr/bin/wine   or   chroot:/path/to/root
# Nothing stays mounted: test:windows mounts /proc in the root only while it runs.
set -eu

ROOT=${ROLLUP_CHECK_WINE_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/rollup-check/wine-trixie}
MIN_MAJOR=10

wine_major() { "$@" --version 2>/dev/null | sed -n 's/^wine-\([0-9][0-9]*\).*/\1/p'; }

if command -v wine >/dev/null 2>&1; then
  major=$(wine_major wine || true)
  if [ -n "$major" ] && [ "$major" -ge "$MIN_MAJOR" ]; then
    echo "host:$(command -v wine)"
    exit 0
  fi
fi

if [ -x "$ROOT/usr/bin/wine" ] && [ -f "$ROOT/.rollup-check-ready" ]; then
  echo "chroot:$ROOT"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-wine: wine >= $MIN_MAJOR is not installed; making a Debian 13 root with wine needs root (run as root, or install wine >= $MIN_MAJOR)" >&2
  exit 1
fi

# The mirror apt already uses on this machine (deb822 sources first, then the one-line format).
mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)[[:space:]]*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(sed -n 's/^deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]\{1,\}\)\{0,1\}\([^[:space:]]*\/debian\)[[:space:]].*/\2/p' /etc/apt/sources.list | head -n 1)
fi
if [ -z "$mirror" ]; then
  echo "setup-wine: found no Debian mirror in /etc/apt/sources.list*; set one up for apt first" >&2
  exit 1
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap
fi

# A root left half-made by an interrupted run is made again; never while anything is mounted in it.
if [ -e "$ROOT" ]; then
  if grep -q " $ROOT/" /proc/mounts; then
    echo "setup-wine: something is still mounted under $ROOT; unmount it first (umount -R $ROOT/proc)" >&2
    exit 1
  fi
  rm -rf "$ROOT"
fi
mkdir -p "$(dirname "$ROOT")"
debootstrap --variant=minbase --include=wine,wine64 trixie "$ROOT" "$mirror"
touch "$ROOT/.rollup-check-ready"
chroot "$ROOT" wine --version >&2 || true
echo "chroot:$ROOT"
