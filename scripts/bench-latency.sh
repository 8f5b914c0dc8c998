#!/usr/bin/env bash
# Latency benchmark: how long the window takes, and how many round trips, until the first page,
# every visible row, a page flip and a version's detail are shown, and until Search All Versions
# has read the whole project, against the simulator delaying every answer by 0 and 150 ms (a
# server over a VPN or across regions). Prints a
# Markdown table (the README carries it).
#
# Usage: scripts/bench-latency.sh [build-dir] [delay-ms ...]   (defaults: build, 0 150)
set -euo pipefail

cd "$(dirname "$0")/.."
source scripts/lib.sh
BUILD=${1:-build}
shift || true
run_bench bench_latency "$@"
