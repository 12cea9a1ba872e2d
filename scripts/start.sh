#!/usr/bin/env bash
# First set-up command: install what is missing, build, and start Kurir.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh default
exec build/bin/kurir-cli --help "$@"
