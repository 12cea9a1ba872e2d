#!/usr/bin/env bash
# First set-up command: install what is missing, build, and start Kurir.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh default
# With a display, the classroom window; without one (a server, a container), the same story
# as text in the terminal.
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec build/bin/kurir gmail-to-yahoo "$@"
fi
exec build/bin/kurir-cli run gmail-to-yahoo "$@"
