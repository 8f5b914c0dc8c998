#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (what CI runs): the Qt Test
# suite, then the same suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/),
# then the Linux packages (build-pkg/: the .deb is unpacked into a scratch root and its zadig-desk
# run), then every fuzz target for a bounded time (build-fuzz/). Any failure or report fails the
# run. Each stage says how long it took.
# ZADIG_FUZZ_SECONDS sets the time per fuzz target (default 20 s, 10 targets).
set -euo pipefail
cd "$(dirname "$0")/.."

stage() {
    local name=$1
    shift
    local start=$SECONDS
    echo "== stage: $name"
    "$@"
    echo "== stage: $name took $((SECONDS - start)) s"
}

export QT_QPA_PLATFORM=offscreen

stage dependencies scripts/install-deps.sh --test
stage configure cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZADIG_WERROR=ON
stage build cmake --build build -j2
stage tests ctest --test-dir build --output-on-failure -j2
stage packages scripts/package-test.sh
stage sanitizers scripts/sanitize.sh
stage fuzz scripts/fuzz.sh "${ZADIG_FUZZ_SECONDS:-20}"
echo "== all stages passed in $SECONDS s"
