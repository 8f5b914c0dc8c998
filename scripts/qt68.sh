#!/usr/bin/env bash
# The Qt 6.8 stage of CI: the project built with -Werror against Debian 13's Qt 6.8 and its whole
# ctest suite run there, then a Qt-less bundle made with Qt's own deploy script and run in a
# Debian 13 root that has no Qt package at all.
#
#   scripts/qt68.sh root      # make (or reuse) the two Debian 13 roots in the cache folder
#   scripts/qt68.sh build     # configure and build build-qt68/ inside the Qt root
#   scripts/qt68.sh test      # ctest -j2 inside the Qt root (offscreen, CI rules)
#   scripts/qt68.sh bundle    # install + deploy Qt into a tarball, run it in the Qt-less root
#   scripts/qt68.sh all       # the four in turn
#
# The roots live outside the clone, in $ZADIG_QT68_CACHE (default /var/cache/zadig-desk), and are
# reused while their package lists stay the same:
#   trixie-base   debootstrap --variant=minbase, plus the non-Qt libraries the bundle expects
#                 from any Linux desktop (glibc, fontconfig, OpenSSL, ...): where the bundle runs;
#   trixie-qt     a copy of it with Qt 6.8's -dev packages and the tools the tests need.
# Needs root (debootstrap, chroot, mounts). Each command runs in a mount namespace of its own, so
# its mounts (proc, dev, the clone) are gone when it ends, however it ends; the EXIT trap
# unmounts them first anyway. The build holds the shared build lock (scripts/lib.sh) while it
# compiles, and only then. CMAKE_CXX_COMPILER_LAUNCHER=ccache outside means ccache inside too,
# with its cache kept in the Qt root.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$src/scripts/lib.sh"
cache=${ZADIG_QT68_CACHE:-/var/cache/zadig-desk}
mirror=${ZADIG_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=trixie
base=$cache/$suite-base
qtroot=$cache/$suite-qt
build=$src/build-qt68
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' "$src/CMakeLists.txt" | head -n 1)

# What the bundle may take from the system: what every desktop Linux has and must match its own
# drivers and display server (cmake/Packaging.cmake names the same set), and OpenSSL, which Qt's
# TLS plugin loads at run time (a bundle must take security fixes from the system). Everything
# else, Qt and ICU first, must come with the bundle. openssl (the command) and ca-certificates
# serve the TLS test.
base_packages=(
    libfontconfig1 libfreetype6 libglib2.0-0t64 libdbus-1-3 libgl1 libegl1 libopengl0
    libx11-6 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinput0
    libproxy1v5 libssl3t64 openssl ca-certificates
)
qt_packages=(
    cmake ninja-build g++ pkg-config ccache file patchelf
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libgl-dev
    xvfb xauth xdotool fonts-noto-cjk desktop-file-utils appstream openssl
)

die() {
    echo "qt68.sh: $*" >&2
    exit 1
}

[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap, chroot and bind mounts)"

# shellcheck source=scripts/chroot-lib.sh
source "$src/scripts/chroot-lib.sh"
private_mounts "$0" "$@"

host_tools() {
    local missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v unshare >/dev/null || missing+=(util-linux)
    if ((${#missing[@]} > 0)); then
        echo "Installing: ${missing[*]}"
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

# provision ROOT PACKAGES...: installs into ROOT the packages its marker does not list yet.
provision() {
    local r=$1
    shift
    local want
    want=$(printf '%s\n' "$@" | sort -u)
    if [[ -f $r/.zadig-packages ]] && [[ $(cat "$r/.zadig-packages") == "$want" ]]; then
        echo "$r: up to date"
        return
    fi
    if [[ -f $r/.zadig-packages ]] && [[ $r == "$base" ]]; then
        # A package dropped from the list must go too: the two roots are made again.
        rm -rf "$base" "$qtroot"
        make_base
    fi
    enter "$r"
    # No daemon starts inside the root.
    printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"
    chmod 755 "$r/usr/sbin/policy-rc.d"
    inroot "$r" apt-get update -q
    inroot "$r" apt-get install -y -q --no-install-recommends "$@"
    inroot "$r" apt-get clean
    unmount_all
    echo "$want" >"$r/.zadig-packages"
}

make_base() {
    rm -rf "$base" "$base.new"
    debootstrap --variant=minbase --components=main "$suite" "$base.new" "$mirror"
    touch "$base.new/.zadig-debootstrap"
    mv "$base.new" "$base"
}

cmd_root() {
    host_tools
    mkdir -p "$cache"
    # One run at a time changes the roots, and none while another builds or tests in them.
    exec 9>"$cache/.lock"
    flock 9
    [[ -f $base/.zadig-debootstrap ]] || make_base
    provision "$base" "${base_packages[@]}"
    if [[ ! -f $qtroot/.zadig-debootstrap ]]; then
        rm -rf "$qtroot" "$qtroot.new"
        cp -a "$base" "$qtroot.new"
        rm -f "$qtroot.new/.zadig-packages"
        mv "$qtroot.new" "$qtroot"
    fi
    provision "$qtroot" "${base_packages[@]}" "${qt_packages[@]}"
    # Proof that the bundle's root has no Qt: not a package, not a library.
    # shellcheck disable=SC2016  # dpkg-query's own ${Package}
    if inroot "$base" dpkg-query -W -f='${Package}\n' | grep -i 'qt'; then
        die "$base has Qt packages (above)"
    fi
    inroot "$qtroot" qmake6 -query QT_VERSION
    flock -u 9
}

# Shared hold of the roots: `root` (exclusive) waits until no build or test uses them.
need_roots() {
    exec 9>"$cache/.lock"
    flock -s 9
    [[ -f $qtroot/.zadig-packages && -f $base/.zadig-packages ]] ||
        die "no Debian 13 roots in $cache: run scripts/qt68.sh root first"
}

cmd_build() {
    need_roots
    local launcher=()
    if [[ -n ${CMAKE_CXX_COMPILER_LAUNCHER:-} ]]; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        extra_env=(CCACHE_DIR=/var/cache/ccache)
    fi
    enter "$qtroot" "$src"
    # patchelf: Debian's plugins carry no RUNPATH for Qt's deploy script to rewrite in place, so
    # it must add one ($ORIGIN/../../lib).
    inroot "$qtroot" cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DZADIG_WERROR=ON -DZADIG_DEPLOY_QT=ON -DCMAKE_INSTALL_PREFIX=/opt/zadig-desk \
        -DQT_DEPLOY_USE_PATCHELF=ON \
        "${launcher[@]}"
    locked chroot "$qtroot" env -i PATH=/usr/bin:/bin HOME=/root "${extra_env[@]}" \
        cmake --build "$build" -j2
}

cmd_test() {
    need_roots
    [[ -f $build/CMakeCache.txt ]] || die "no $build: run scripts/qt68.sh build first"
    enter "$qtroot" "$src"
    extra_env=(QT_QPA_PLATFORM=offscreen)
    inroot "$qtroot" ctest --test-dir "$build" --output-on-failure -j2
}

# The bundle: Qt's deploy script (cmake --install) lays out bin/, lib/, plugins/, translations/
# and qt.conf; the tarball of that is unpacked into the root without Qt and run there.
cmd_bundle() {
    need_roots
    [[ -f $build/CMakeCache.txt ]] || die "no $build: run scripts/qt68.sh build first"
    local name
    name=zadig-desk-$version-linux-$(uname -m)-qt6.8
    local out=$build/bundle
    rm -rf "$out"
    mkdir -p "$out"
    enter "$qtroot" "$src"
    inroot "$qtroot" cmake --install "$build" --prefix "$out/$name" --strip >"$out/install.log"
    tar -C "$out" -czf "$out/$name.tar.gz" "$name"
    unmount_all
    echo "bundle: $out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"
    "$src/scripts/bundle-test.sh" "$base" "$out/$name.tar.gz"
}

case ${1:-} in
root) cmd_root ;;
build) cmd_build ;;
test) cmd_test ;;
bundle) cmd_bundle ;;
all)
    cmd_root
    cmd_build
    unmount_all
    cmd_test
    unmount_all
    cmd_bundle
    ;;
*) die "usage: scripts/qt68.sh root|build|test|bundle|all" ;;
esac
