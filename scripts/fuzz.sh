#!/usr/bin/env bash
# Fuzzes every decoder of Zadig answers and the HTTP error mapping with libFuzzer (clang, with
# AddressSanitizer and UndefinedBehaviorSanitizer), each for a bounded time.
#
#   scripts/fuzz.sh [seconds-per-target]     (default 20; 10 targets)
#
# Builds fuzz/ (a separate CMake project) into build-fuzz/ with clang. Seeds: the answers in
# tests/data/*.json, fuzz/seeds/*.json and every input kept in tests/data/fuzz/. A crash, a
# sanitizer report, a timeout or running out of memory fails the run; the input is then kept in
# tests/data/fuzz/<target>-<what>-<sha1> (commit it: tst_hostile feeds every file there to all the
# decoders, so it stays a failing test until the decoder is fixed) and the command that
# reproduces it is printed.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "$0")/.."

seconds="${1:-20}"
build=build-fuzz

if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh: clang++ is missing (scripts/install-deps.sh --test installs it)" >&2
    exit 1
fi

CC=clang CXX=clang++ locked cmake -S fuzz -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
locked cmake --build "$build" -j2
# The targets fuzz/CMakeLists.txt names (it writes the list at configure time).
mapfile -t targets <"$build/fuzz-targets.txt"

seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" tests/data/fuzz
cp tests/data/*.json fuzz/seeds/*.json "$seeds"/
find tests/data/fuzz -type f ! -name '*.md' -exec cp {} "$seeds"/ \;

failed=()
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    artifacts="$build/artifacts/$target"
    log="$build/fuzz_$target.log"
    mkdir -p "$corpus" "$artifacts"
    rm -f "$artifacts"/*
    if "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -dict=fuzz/json.dict -artifact_prefix="$artifacts/" \
        -print_final_stats=1 "$corpus" "$seeds" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "fuzz_$target: ${seconds}s, ${runs:-?} inputs, no crash"
        continue
    fi
    failed+=("$target")
    echo "fuzz_$target: FAILED (log: $log)"
    grep -E 'ERROR|SUMMARY|runtime error|==[0-9]+==' "$log" | head -20 || true
    for artifact in "$artifacts"/*; do
        [[ -e "$artifact" ]] || continue
        kept="tests/data/fuzz/$target-$(basename "$artifact")"
        cp "$artifact" "$kept"
        echo "  kept the input as $kept"
        echo "  reproduce: $build/fuzz_$target $kept"
        echo "  (tst_hostile fuzzCrashInputs feeds it to every decoder: commit it with the fix)"
    done
done

if ((${#failed[@]} > 0)); then
    echo "fuzz.sh: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets, ${seconds}s each, no crash"
