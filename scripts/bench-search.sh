#!/usr/bin/env bash
# Search benchmark: Search All Versions and Versions Shipping an Image (from the server, then
# from the disk cache) in the window, on a large project served by the simulator from a thread
# of its own; prints the time, the requests, and the longest GUI-thread stall of each. Prints a
# Markdown table (the README carries it).
#
# Usage: scripts/bench-search.sh [build-dir] [versions] [delay-ms]   (defaults: build 10000 0)
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD=${1:-build}
shift || true
BENCH="$BUILD/bench/bench_search"
if [[ ! -x "$BENCH" ]]; then
    echo "missing $BENCH: build the bench_search target" >&2
    exit 2
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
# Keeps a user's settings, keychain and detail cache out of the measurement.
export XDG_CONFIG_HOME="$WORK/config"
export XDG_CACHE_HOME="$WORK/cache"
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES='*.debug=false;*.info=false'
"$BENCH" "$@" 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 1; }
