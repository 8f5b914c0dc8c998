#!/usr/bin/env bash
# shellcheck disable=SC2317  # helpers such as run_in run indirectly, through check
# Checks the Qt-less Linux bundle (scripts/qt68.sh bundle makes it) where Qt is not installed:
# unpacked into a Debian root that has no Qt package, it must start, show its first page of the
# demo server offscreen, and talk TLS, which needs the TLS plugin it carries and the system's
# OpenSSL. The root is left as it was: the bundle, the test CA and the certificate store it goes
# into are on scratch mounts of this script's own mount namespace.
#
#   scripts/bundle-test.sh ROOT BUNDLE.tar.gz
#
# The last line is "N passed, N failed"; exits non-zero when any check fails. Needs root.
set -uo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
root=${1:?usage: bundle-test.sh ROOT BUNDLE.tar.gz}
tarball=${2:?usage: bundle-test.sh ROOT BUNDLE.tar.gz}
tarball=$(realpath "$tarball")
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' "$src/CMakeLists.txt" | head -n 1)
# shellcheck source=scripts/chroot-lib.sh
source "$src/scripts/chroot-lib.sh"
private_mounts "$0" "$@"

log=$(mktemp)
tls_server=
trap '[[ -n $tls_server ]] && kill "$tls_server" 2>/dev/null; unmount_all; rm -f "$log"' EXIT
# shellcheck source=scripts/checks-lib.sh
source "$src/scripts/checks-lib.sh"
# run_in COMMAND...: COMMAND inside the root, offscreen.
run_in() { inroot "$root" "$@"; }
# said EXPECTED COMMAND...: COMMAND's output (both streams) contains EXPECTED.
said() {
    local expected=$1
    shift
    local out
    out=$("$@" 2>&1)
    echo "$out"
    grep -qF -- "$expected" <<<"$out"
}

[[ -d $root/usr && -f $tarball ]] || {
    echo "bundle-test.sh: no root at $root or no bundle at $tarball" >&2
    exit 1
}

enter "$root"
extra_env=(QT_QPA_PLATFORM=offscreen)
mount -t tmpfs tmpfs "$root/opt" && mounted+=("$root/opt")
tar -C "$root/opt" -xzf "$tarball"
top=$(tar -tzf "$tarball" | head -n 1 | cut -d/ -f1)
b=/opt/$top

echo "== the root has no Qt"
check "no Qt package is installed" bash -c "! chroot '$root' dpkg-query -W -f='\${Package}\n' | grep -i qt"
check "no Qt library outside the bundle" \
    bash -c "test -z \"\$(find '$root' -xdev -name 'libQt6*' -not -path '$root/opt/*')\""

echo "== bundle layout ($top)"
for path in bin/zadig-desk bin/zadig-cli bin/qt.conf plugins/platforms/libqoffscreen.so \
    plugins/tls/libqopensslbackend.so translations/qt_zh_CN.qm; do
    check "has $path" test -s "$root$b/$path"
done
check "has image format plugins" bash -c "ls '$root$b'/plugins/imageformats/*.so"
check "has Qt's own libraries" bash -c "ls '$root$b'/lib/libQt6Core.so.6 '$root$b'/lib/libQt6Network.so.6"
# Everything the binaries, libraries and the plugins used here link resolves inside the root.
for f in bin/zadig-desk bin/zadig-cli lib/*.so* plugins/platforms/libqoffscreen.so \
    plugins/tls/libqopensslbackend.so plugins/imageformats/*.so; do
    for path in "$root$b"/$f; do
        rel=${path#"$root$b"/}
        [[ -f $path && ! -L $path ]] || continue
        # A library of lib/ is found there by the binary's RPATH; a library or plugin checked
        # alone needs the path.
        libpath=
        [[ $rel == lib/* || $rel == plugins/* ]] && libpath=LD_LIBRARY_PATH=$b/lib
        check "$rel: every library resolves" \
            bash -c "! chroot '$root' env $libpath ldd '${path#"$root"}' | grep -F 'not found'"
    done
done

echo "== running the bundle"
check "zadig-desk --version prints $version" \
    bash -c "chroot '$root' env -i '$b/bin/zadig-desk' --version | grep -qx 'Zadig Desk $version'"
check "zadig-desk --check --demo (offscreen)" \
    said "OK " run_in timeout 300 "$b/bin/zadig-desk" --check --demo
check "zadig-cli --demo list" run_in timeout 120 "$b/bin/zadig-cli" --demo --project mall list

echo "== TLS through the bundled plugin"
# A certificate for 127.0.0.1, trusted by the root's system store for this run only, and an
# HTTPS server (openssl s_server -www) that is no Zadig: what is proven is how far a call gets.
mount -t tmpfs tmpfs "$root/etc/ssl/certs" && mounted+=("$root/etc/ssl/certs")
run_in openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout /tmp/tls.key -out /tmp/tls.pem >"$log" 2>&1 ||
    fail "openssl made a test certificate"
# start_server: a fresh openssl s_server on a free port ($port, pid $tls_server). It serves one
# connection at a time, so each call below gets a server of its own.
start_server() {
    local _
    [[ -n $tls_server ]] && kill "$tls_server" 2>/dev/null && wait "$tls_server" 2>/dev/null
    tls_server=
    for _ in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 20000))
        # chroot and env exec: $! is the server itself. The caller's lock descriptor stays here.
        chroot "$root" env -i openssl s_server -quiet -www -accept "127.0.0.1:$port" \
            -cert /tmp/tls.pem -key /tmp/tls.key >/dev/null 2>&1 9>&- &
        tls_server=$!
        for _ in $(seq 50); do
            (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
            kill -0 "$tls_server" 2>/dev/null || break
            sleep 0.1
        done
        kill "$tls_server" 2>/dev/null
        tls_server=
    done
    : >"$log"
    fail "an HTTPS test server on 127.0.0.1"
    finish
}
# tls_call: zadig-cli against the current server; its output.
tls_call() {
    inroot "$root" env ZADIG_TOKEN=test-token timeout 60 "$b/bin/zadig-cli" \
        --server "https://127.0.0.1:$port" --project p list
}
# Not trusted yet: the bundled TLS backend checks the certificate and refuses it.
start_server
check "untrusted certificate: ERROR tls" said "ERROR tls:" tls_call
cp "$root/tmp/tls.pem" "$root/etc/ssl/certs/zadig-test.pem"
run_in openssl rehash /etc/ssl/certs >/dev/null 2>&1
start_server
# Trusted: the handshake succeeds and the call goes on to HTTP (s_server's answers never satisfy
# Qt, so it ends in a timeout or a bad response), never in a TLS or network error.
check "trusted certificate: the handshake succeeds (no tls or network error)" \
    bash -c "out=\$(chroot '$root' env -i ZADIG_TOKEN=test-token timeout 90 '$b/bin/zadig-cli' \
        --server https://127.0.0.1:$port --project p list 2>&1); echo \"\$out\";
        grep -qE '^ERROR (timeout|bad-response):' <<<\"\$out\""
# Without the plugin there is no TLS at all: it is the bundled plugin that does the work.
if mv "$root$b/plugins/tls" "$root$b/plugins/tls.off"; then
    start_server
    check "without plugins/tls the same call fails before TLS (ERROR network)" \
        said "ERROR network:" tls_call
    mv "$root$b/plugins/tls.off" "$root$b/plugins/tls"
fi
kill "$tls_server" 2>/dev/null
wait "$tls_server" 2>/dev/null
tls_server=

finish
