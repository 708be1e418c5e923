#!/usr/bin/env bash
# Installs the Debian packages mempy needs to build and test, if any is missing.
# Sourced by run.sh and test.sh; safe to run repeatedly (does nothing when all are present).
set -euo pipefail
mempy_packages=(cmake g++ ninja-build libcli11-dev doctest-dev libfmt-dev)
missing=()
for pkg in "${mempy_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "mempy: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
