#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (what CI runs): the Qt Test
# suite, then the Linux packages (build-pkg/: the .deb is unpacked into a scratch root and its
# zadig-desk run), then the Qt 6.8 stages (scripts/qt68.sh: a Debian 13 root kept in
# /var/cache/zadig-desk, the -Werror build and the whole suite against its Qt 6.8 in build-qt68/,
# and the Qt-less bundle run in a root without Qt), then the suite under AddressSanitizer +
# UndefinedBehaviorSanitizer (build-asan/), then every fuzz target for a bounded time
# (build-fuzz/). Any failure or report fails the run. Each stage says how long it took.
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
stage "qt 6.8 root" scripts/qt68.sh root
stage "qt 6.8 build" scripts/qt68.sh build
stage "qt 6.8 tests" scripts/qt68.sh test
stage "qt 6.8 bundle" scripts/qt68.sh bundle
stage sanitizers scripts/sanitize.sh
stage fuzz scripts/fuzz.sh "${ZADIG_FUZZ_SECONDS:-20}"
echo "== all stages passed in $SECONDS s"
