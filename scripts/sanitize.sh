#!/usr/bin/env bash
# The whole test suite under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer.
#
#   scripts/sanitize.sh [ctest arguments...]      e.g. scripts/sanitize.sh -R tst_hostile
#
# Builds build-asan/ (Debug, -DZADIG_SANITIZE=ON, no benchmarks) and runs every test there,
# offscreen. A sanitizer report aborts the test that caused it, so any report fails the run.
# scripts/lsan.supp is for leaks inside Qt's, fontconfig's and D-Bus's own one-off allocations
# only, never anything of ours; the suite needs none so far, so it holds no suppression.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "$0")/.."

build=build-asan

locked cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZADIG_SANITIZE=ON \
    -DZADIG_BUILD_BENCH=OFF >/dev/null
locked cmake --build "$build" -j2

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
# translations_complete runs lupdate: nothing there for a sanitizer to find.
ctest --test-dir "$build" --output-on-failure -j2 -E translations_complete "$@"
