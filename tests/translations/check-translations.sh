#!/usr/bin/env bash
# Fails when translations/kurir_*.ts has an unfinished or vanished entry, or when the sources
# hold a string the .ts files do not have yet: runs lupdate into a temporary copy and compares.
set -euo pipefail
src=$1
lupdate=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mapfile -t sources < <(cd "$src" && find simulator app -name '*.cpp' -o -name '*.h' | sort)
status=0
for ts in "$src"/translations/kurir_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$tmp/$name"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$tmp/$name") >/dev/null
    if ! cmp -s "$ts" "$tmp/$name"; then
        echo "$name is out of date with the sources (run: cmake --build build --target update_translations):"
        diff -u "$ts" "$tmp/$name" | head -n 40
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$tmp/$name" || true)
    if [[ "$unfinished" -gt 0 ]]; then
        echo "$name has $unfinished unfinished entries:"
        grep -B3 'type="unfinished"' "$tmp/$name" | grep '<source>' | head -n 20
        status=1
    fi
    if grep -q 'type="vanished"\|type="obsolete"' "$tmp/$name"; then
        echo "$name has vanished entries"
        status=1
    fi
done
[[ $status -eq 0 ]] && echo "translations complete: $(ls "$src"/translations/kurir_*.ts | wc -l) files"
exit $status
