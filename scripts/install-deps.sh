#!/usr/bin/env bash
# Installs the Debian 12 packages Kurir needs to build and test, and only those missing.
# Uses sudo when not run as root. Safe to run again: it does nothing when all are present.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgtest-dev libgmock-dev libbenchmark-dev
    libgmime-3.0-dev
    libgoogle-perftools-dev                    # tcmalloc: the allocator of every program
    qt6-svg-dev qt6-charts-dev fonts-dejavu-core
    python3 python3-jsonschema
    libssl-dev swaks libnet-ssleay-perl curl   # live mode: libcrypto; real SMTP clients for tests
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "kurir: installing ${missing[*]}" >&2
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
