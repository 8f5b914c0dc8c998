#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (what CI runs): the Qt Test
# suite, then the same suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/),
# then the Linux packages (build-pkg/: the .deb is unpacked into a scratch root and its zadig-desk
# run), then every fuzz target for a bounded time (build-fuzz/). Any failure or report fails the
# run.
# ZADIG_FUZZ_SECONDS sets the time per fuzz target (default 20 s, 10 targets).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZADIG_WERROR=ON
cmake --build build -j2
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j2
scripts/package-test.sh
scripts/sanitize.sh
scripts/fuzz.sh "${ZADIG_FUZZ_SECONDS:-20}"
