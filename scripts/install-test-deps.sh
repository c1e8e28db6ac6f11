#!/usr/bin/env bash
# Installs what the tests need beyond npm, from Debian's packages. Safe to run again; needs root (or sudo).
# Today the engine's tests need nothing beyond Node; the report and browser tests will add LibreOffice and Chromium here.
set -euo pipefail
packages=()
if [ ${#packages[@]} -eq 0 ]; then
  echo "install-test-deps: nothing to install beyond npm"
  exit 0
fi
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: already installed: ${packages[*]}"
  exit 0
fi
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
