#!/usr/bin/env bash
# Search benchmark: Search All Versions and Versions Shipping an Image (from the server, then
# from the disk cache) in the window, on a large project served by the simulator from a thread
# of its own; prints the time, the requests, and the longest GUI-thread stall of each. Prints a
# Markdown table (the README carries it).
#
# Usage: scripts/bench-search.sh [build-dir] [versions] [delay-ms]   (defaults: build 10000 0)
set -euo pipefail

cd "$(dirname "$0")/.."
source scripts/lib.sh
BUILD=${1:-build}
shift || true
run_bench bench_search "$@"
