# shellcheck shell=bash
# The PASS/FAIL bookkeeping of the check scripts (package-test.sh, bundle-test.sh); sourced, not
# run. The caller sets $log to a scratch file; finish prints "N passed, N failed" and exits with
# the verdict.
# shellcheck disable=SC2154  # $log is the caller's
passed=0
failed=0

pass() {
    passed=$((passed + 1))
    echo "PASS: $1"
}
fail() {
    failed=$((failed + 1))
    echo "FAIL: $1"
    if [[ -s $log ]]; then
        sed 's/^/    /' "$log" | tail -n 40
    fi
}
# check NAME COMMAND...: runs COMMAND, output kept for the failure report only.
check() {
    local name=$1
    shift
    if "$@" >"$log" 2>&1; then pass "$name"; else fail "$name"; fi
}
finish() {
    echo "$passed passed, $failed failed"
    ((failed == 0))
    exit
}
