#!/usr/bin/env bash
# Installs what building, testing and running Zadig Desk needs on Debian 12 (or a distribution
# with the same package names and Qt 6.4 or newer: Ubuntu 22.04 ships Qt 6.2, too old).
# Only what is missing is installed. Run as root, or with sudo available.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev
)
# Extras for the tests: a virtual X server for screenshots and for tst_desktoprun, which drives the
# built app there with xdotool as a user would; fonts with CJK glyphs; openssl (the
# command) for the test certificates and libssl3 for Qt's TLS backend, which tst_tls,
# tst_connections and tst_client need (they skip without them, and fail under CI=true); clang and
# libFuzzer's runtime (only recommended by clang) for scripts/fuzz.sh.
if [[ "${1:-}" == "--test" ]]; then
    packages+=(xvfb xauth xdotool fonts-noto-cjk desktop-file-utils appstream openssl libssl3
        clang libclang-rt-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

# sudo drops the caller's environment: DEBIAN_FRONTEND goes through env, after sudo.
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
        echo "install-deps.sh: missing packages: ${missing[*]}" >&2
        echo "install-deps.sh: run it as root, or install sudo" >&2
        exit 1
    fi
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
