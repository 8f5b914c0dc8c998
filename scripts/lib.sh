# shellcheck shell=bash
# Helpers shared by the scripts in this folder; sourced, not run.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# locked COMMAND...: runs COMMAND holding the build lock when flock is there, so a small machine
# never runs two builds at once. The lock file is $ZADIG_BUILD_LOCK, /tmp/zadig-build.lock unless
# set.
locked() {
    if command -v flock >/dev/null; then
        flock "${ZADIG_BUILD_LOCK:-/tmp/zadig-build.lock}" "$@"
    else
        "$@"
    fi
}

# run_bench BENCH [ARGS...]: runs BUILD/bench/BENCH offscreen with a throwaway settings, keychain
# and cache home, so a user's saved state is neither used nor touched; prints its stdout, and its
# stderr only when it fails. BUILD must be set.
run_bench() {
    local bench="$BUILD/bench/$1"
    shift
    if [[ ! -x "$bench" ]]; then
        echo "missing $bench: build the $(basename "$bench") target" >&2
        return 2
    fi
    local work
    work=$(mktemp -d)
    local rc=0
    XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" QT_QPA_PLATFORM=offscreen \
        QT_LOGGING_RULES='*.debug=false;*.info=false' "$bench" "$@" 2>"$work/stderr" || rc=$?
    [[ $rc -eq 0 ]] || cat "$work/stderr" >&2
    rm -rf "$work"
    return $rc
}
