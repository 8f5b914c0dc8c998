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
BUILD=${1:-build}
shift || true
BENCH="$BUILD/bench/bench_latency"
if [[ ! -x "$BENCH" ]]; then
    echo "missing $BENCH: build the bench_latency target" >&2
    exit 2
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
# Keeps a user's saved settings and keychain out of the measurement.
export XDG_CONFIG_HOME="$WORK/config"
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES='*.debug=false;*.info=false'
"$BENCH" "$@" 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 1; }
