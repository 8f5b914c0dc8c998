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
trap 'unmount_all; rm -f "$log"' EXIT
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
    plugins/tls/libqopensslbackend.so translations/qtbase_zh_CN.qm; do
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
        check "$rel: every library resolves" \
            bash -c "! chroot '$root' ldd '${path#"$root"}' | grep -F 'not found'"
    done
done

echo "== running the bundle"
check "zadig-desk --version prints $version" said "$version" run_in "$b/bin/zadig-desk" --version
check "zadig-desk --check --demo (offscreen)" \
    said "OK " run_in timeout 300 "$b/bin/zadig-desk" --check --demo
check "zadig-cli --demo list" run_in timeout 120 "$b/bin/zadig-cli" --demo --project mall list

echo "== TLS through the bundled plugin"
# A certificate for 127.0.0.1, trusted by the root's system store for this run only, and an
# HTTPS server (openssl s_server) that answers every request with an HTML status page: the call
# gets as far as reading an HTTP answer over TLS, and fails there, as it must for HTML.
mount -t tmpfs tmpfs "$root/etc/ssl/certs" && mounted+=("$root/etc/ssl/certs")
run_in openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout /tmp/tls.key -out /tmp/tls.pem >"$log" 2>&1 ||
    fail "openssl made a test certificate"
tls_server=
port=
for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    inroot "$root" openssl s_server -quiet -www -accept "127.0.0.1:$port" \
        -cert /tmp/tls.pem -key /tmp/tls.key >/dev/null 2>&1 &
    tls_server=$!
    for _ in $(seq 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break 2
        kill -0 "$tls_server" 2>/dev/null || break
        sleep 0.1
    done
    kill "$tls_server" 2>/dev/null
    tls_server=
done
if [[ -z $tls_server ]]; then
    : >"$log"
    fail "an HTTPS test server on 127.0.0.1"
    finish
fi
cli=("$b/bin/zadig-cli" --server "https://127.0.0.1:$port" --project p list)
extra_env+=(ZADIG_TOKEN=test-token)
# Not trusted yet: the bundled TLS backend checks the certificate and refuses it.
check "untrusted certificate: ERROR tls" said "ERROR tls:" run_in timeout 60 "${cli[@]}"
cp "$root/tmp/tls.pem" "$root/etc/ssl/certs/zadig-test.pem"
run_in openssl rehash /etc/ssl/certs >/dev/null 2>&1
check "trusted certificate: the HTML answer came over TLS (ERROR bad-response)" \
    said "ERROR bad-response:" run_in timeout 60 "${cli[@]}"
# Without the plugin the same call cannot even start a handshake: it is the plugin that works.
mv "$root$b/plugins/tls" "$root$b/plugins/tls.off"
check "without plugins/tls the same call fails otherwise" \
    bash -c "! { chroot '$root' env -i QT_QPA_PLATFORM=offscreen ZADIG_TOKEN=t timeout 60 \
        ${cli[*]} 2>&1 | grep -F 'ERROR bad-response:'; }"
mv "$root$b/plugins/tls.off" "$root$b/plugins/tls"
kill "$tls_server" 2>/dev/null
wait "$tls_server" 2>/dev/null

finish
