#!/usr/bin/env bash
# Second set-up command: install what is missing, build, and run every test.
# Exits non-zero when any test fails. Pass --asan to use the sanitizer build instead.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=default
[[ "${1:-}" == "--asan" ]] && preset=asan
scripts/install-deps.sh
scripts/build.sh "$preset"
ctest --preset "$preset" --output-on-failure -j "${KURIR_JOBS:-2}"
