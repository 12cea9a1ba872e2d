#!/usr/bin/env bash
# Rewrites tests/golden/*.jsonl from the current build. Review the diff before committing:
# a golden file changes only when the story is meant to change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh default >/dev/null
for file in scenarios/*.json; do
    id=$(basename "$file" .json)
    [[ "$id" == scenario.schema ]] && continue
    fingerprint=OFF
    [[ "$id" == bulk ]] && fingerprint=ON
    for lang in id en; do
        cmake -DCLI=build/bin/kurir-cli -DSCENARIO="$id" -DLANG="$lang" -DGOLDEN_DIR=tests/golden \
              -DFINGERPRINT=$fingerprint -DUPDATE=1 -P tests/golden/golden.cmake
    done
done
git --no-pager diff --stat -- tests/golden || true
