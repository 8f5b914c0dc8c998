#!/usr/bin/env bash
# Fails when a user-facing string is missing from, or unfinished in, the Chinese translation.
# It runs lupdate over the sources into a scratch copy of the .ts file, so a string added to the
# code but never translated is caught even if nobody ran lupdate.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate || true)
[[ -x "$lupdate" ]] || lupdate=/usr/lib/qt6/bin/lupdate
if [[ ! -x "$lupdate" ]]; then
    echo "lupdate not found: install qt6-l10n-tools (scripts/install-deps.sh does)"
    echo "0 passed, 1 failed"
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$root/translations/zadig-desk_zh_CN.ts" "$scratch/zh_CN.ts"
(cd "$root" && "$lupdate" -silent -no-obsolete -locations none models views app \
    -ts "$scratch/zh_CN.ts") >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$scratch/zh_CN.ts" || true)
total=$(grep -c '<source>' "$scratch/zh_CN.ts" || true)
if [[ "$unfinished" -ne 0 ]]; then
    echo "zh_CN: $unfinished of $total strings are not translated:"
    grep -B3 'type="unfinished"' "$scratch/zh_CN.ts" | grep '<source>' | head -40
    echo "0 passed, 1 failed"
    exit 1
fi
echo "zh_CN: all $total strings translated"
echo "1 passed, 0 failed"
