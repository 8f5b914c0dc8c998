#!/usr/bin/env bash
# Installs what building, testing and running Zadig Desk needs on Debian 12 / Ubuntu 22.04+.
# Only what is missing is installed. Run as root, or with sudo available.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev
)
# Extras for the tests: a virtual X server for screenshots, fonts with CJK glyphs; clang and
# libFuzzer's runtime (only recommended by clang) for scripts/fuzz.sh.
if [[ "${1:-}" == "--test" ]]; then
    packages+=(xvfb xauth fonts-noto-cjk desktop-file-utils appstream clang libclang-rt-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
