#!/usr/bin/env bash
# Start-up benchmark: median time until zadig-desk shows its first page against a simulator
# holding 100000 versions, beside the median start-up of a bare Qt window (bench_barewindow)
# measured in the same run on the same machine. Target: zadig-desk within 1.5x of the bare
# window.
#
# Usage: scripts/bench-startup.sh [build-dir] [runs]   (defaults: build, 21)
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD=${1:-build}
RUNS=${2:-21}
SIM="$BUILD/simulator/zadig-sim"
DESK="$BUILD/app/zadig-desk"
BARE="$BUILD/bench/bench_barewindow"

for exe in "$SIM" "$DESK" "$BARE"; do
    if [[ ! -x "$exe" ]]; then
        echo "missing $exe: build the zadig-sim, zadig-desk and bench_barewindow targets" >&2
        exit 2
    fi
done

WORK=$(mktemp -d)
SIM_PID=
cleanup() {
    if [[ -n "$SIM_PID" ]]; then
        kill "$SIM_PID" 2>/dev/null || true
        wait "$SIM_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$SIM" --port 0 --seed large:100000 --token bench >"$WORK/sim.out" 2>"$WORK/sim.err" &
SIM_PID=$!
URL=
for _ in $(seq 1 100); do
    URL=$(head -n 1 "$WORK/sim.out" 2>/dev/null || true)
    [[ -n "$URL" ]] && break
    if ! kill -0 "$SIM_PID" 2>/dev/null; then
        echo "zadig-sim exited:" >&2
        cat "$WORK/sim.err" >&2
        exit 1
    fi
    sleep 0.1
done
if [[ -z "$URL" ]]; then
    echo "zadig-sim printed no URL" >&2
    exit 1
fi
echo "simulator: $URL (large:100000)"

# Keeps a user's saved settings and keychain out of the measurement.
export XDG_CONFIG_HOME="$WORK/config"
export QT_QPA_PLATFORM=offscreen

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; print v[int((NR + 1) / 2)] }'
}

desk_times=()
bare_times=()
for run in $(seq 1 "$RUNS"); do
    line=$(ZADIG_TOKEN=bench "$DESK" --check --server "$URL" --project mall 2>/dev/null || true)
    ms=$(sed -n 's/.*shown in \([0-9][0-9.]*\) ms.*/\1/p' <<<"$line")
    if [[ -z "$ms" ]]; then
        echo "run $run: zadig-desk --check gave no figure: $line" >&2
        exit 1
    fi
    desk_times+=("$ms")

    line=$("$BARE" 2>/dev/null || true)
    ms=$(sed -n 's/.*shown in \([0-9][0-9.]*\) ms.*/\1/p' <<<"$line")
    if [[ -z "$ms" ]]; then
        echo "run $run: bench_barewindow gave no figure: $line" >&2
        exit 1
    fi
    bare_times+=("$ms")
done

desk=$(printf '%s\n' "${desk_times[@]}" | median)
bare=$(printf '%s\n' "${bare_times[@]}" | median)
echo "zadig-desk first page (runs: ${desk_times[*]} ms): median $desk ms"
echo "bare QMainWindow + QTableView (runs: ${bare_times[*]} ms): median $bare ms"
awk -v d="$desk" -v b="$bare" 'BEGIN {
    if (b <= 0) b = 1
    r = d / b
    printf "start-up ratio: %.2fx (target < 1.5x) %s\n", r, (r < 1.5 ? "OK" : "OVER")
}'
# Each zadig-desk run is followed by a bare run, so a pair saw the same machine: the median of
# the pairs' ratios shrugs off a machine that is slower for a while (shared CI hosts are).
paired=$(paste <(printf '%s\n' "${desk_times[@]}") <(printf '%s\n' "${bare_times[@]}") |
    awk '{ printf "%.4f\n", $1 / ($2 > 0 ? $2 : 1) }' | median)
awk -v r="$paired" 'BEGIN { printf "median of the runs'"'"' own ratios: %.2fx\n", r }'
