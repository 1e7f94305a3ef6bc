#!/usr/bin/env bash
# Installs what building Verity needs and is missing (Debian packages): cmark-gfm's headers and libraries,
# librsvg's and fontconfig's, and the share cards' font.
# Swift itself must already be installed (https://www.swift.org/install/).
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -f /usr/include/cmark-gfm.h ]; then
  missing+=(libcmark-gfm-dev)
fi
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
# librsvg (with cairo and fontconfig) draws the share cards, in DejaVu Sans.
pkg-config --exists librsvg-2.0 2>/dev/null || missing+=(librsvg2-dev)
[ -f /usr/include/fontconfig/fontconfig.h ] || missing+=(libfontconfig-dev)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "install-deps: error: 'swift' is not on PATH; install Swift 6 first (https://www.swift.org/install/)" >&2
  exit 1
fi
