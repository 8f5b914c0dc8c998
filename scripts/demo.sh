#!/usr/bin/env bash
# Installs what is missing, builds the app and starts it on the embedded demo server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2 --target zadig-desk
exec build/app/zadig-desk --demo "$@"
