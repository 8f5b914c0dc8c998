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
