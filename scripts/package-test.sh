#!/usr/bin/env bash
# shellcheck disable=SC2317  # helpers such as has_dep run indirectly, through check
# Builds the Linux packages in their own Release build directory and checks them the way a user
# gets them: the desktop files validate, the .deb declares what the binaries link, the layout is
# complete, and the unpacked binaries start against the system's Qt.
# Exits non-zero when any check fails; the last line is "N passed, N failed".
#
#   scripts/package-test.sh            # build-pkg/ next to the sources
#   ZADIG_PKG_BUILD_DIR=/tmp/p scripts/package-test.sh
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
build=${ZADIG_PKG_BUILD_DIR:-$root/build-pkg}
app_id=io.github.zadigdesk.ZadigDesk
icon_sizes=(16 24 32 48 64 128 256)
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -n 1)

log=$(mktemp)
scratch=$(mktemp -d)
trap 'rm -rf "$log" "$scratch"' EXIT
# shellcheck source=scripts/checks-lib.sh
source "$root/scripts/checks-lib.sh"

echo "== tools"
# ldconfig lives in /usr/sbin, which is not on an ordinary user's PATH on Debian.
PATH=$PATH:/usr/sbin:/sbin
for tool in cmake cpack dpkg-deb desktop-file-validate appstreamcli readelf ldconfig; do
    check "tool $tool is installed" command -v "$tool"
done
if ((failed > 0)); then
    echo "Install what is missing with: scripts/install-deps.sh --test"
    finish
fi

echo "== sources"
check "source .desktop validates" \
    desktop-file-validate "$root/packaging/linux/$app_id.desktop"
check "source metainfo validates" \
    appstreamcli validate --no-net "$root/packaging/linux/$app_id.metainfo.xml"
check "metainfo has a release entry for $version" \
    grep -q "<release version=\"$version\"" "$root/packaging/linux/$app_id.metainfo.xml"

echo "== build ($build)"
generator=()
if [[ ! -f $build/CMakeCache.txt ]] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
check "configure (Release, no tests)" \
    cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr -DZADIG_BUILD_TESTS=OFF -DZADIG_BUILD_BENCH=OFF
if ((failed > 0)); then finish; fi
check "build zadig-desk, zadig-cli and zadig-sim" \
    locked cmake --build "$build" -j2 --target zadig-desk zadig-cli zadig-sim
if ((failed > 0)); then finish; fi

echo "== cpack"
rm -rf "$build/packages"
check "cpack DEB and TGZ" cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$build/packages"
debs=("$build"/packages/*.deb)
tgzs=("$build"/packages/*.tar.gz)
deb=${debs[0]}
tgz=${tgzs[0]}
check "one .deb was made" test -f "$deb"
check "one .tar.gz was made" test -f "$tgz"
if [[ ! -f $deb ]]; then finish; fi

echo "== .deb metadata ($(basename "$deb"))"
field() { dpkg-deb -f "$deb" "$1"; }
check "Package is zadig-desk" test "$(field Package)" = zadig-desk
check "Version is $version" test "$(field Version)" = "$version"
check "Architecture is $(dpkg --print-architecture)" \
    test "$(field Architecture)" = "$(dpkg --print-architecture)"
check "Maintainer is set" test -n "$(field Maintainer)"
depends=$(field Depends)
echo "    Depends: $depends"
# Package names hold regex characters (libstdc++6): compare names, not patterns.
has_dep() { tr ',|' '\n\n' <<<"$depends" | awk '{print $1}' | grep -qxF -- "$1"; }
check "Depends names qt6-qpa-plugins (the platform plugin is not linked)" has_dep qt6-qpa-plugins

echo "== .deb layout"
dpkg-deb -x "$deb" "$scratch/root"
expect=(
    usr/bin/zadig-desk
    usr/bin/zadig-cli
    usr/bin/zadig-sim
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/doc/zadig-desk/copyright
)
for size in "${icon_sizes[@]}"; do
    expect+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expect[@]}"; do
    check "installs /$path" test -s "$scratch/root/$path"
done
check "binaries are executable" test -x "$scratch/root/usr/bin/zadig-desk" -a \
    -x "$scratch/root/usr/bin/zadig-cli" -a -x "$scratch/root/usr/bin/zadig-sim"
check "nothing outside /usr" \
    test -z "$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v -e '^\./$' -e '^\./usr/' -e '^\./usr$')"

# A PNG's width and height are the big-endian words at bytes 16 and 20.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }
for size in "${icon_sizes[@]}"; do
    png=$scratch/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [[ -f $png ]] && check "icon ${size}x${size} really is ${size}x${size}" \
        test "$(png_size "$png")" = "${size}x${size}"
done

check "copyright names the Apache-2.0 licence" \
    grep -qx "License: Apache-2.0" "$scratch/root/usr/share/doc/zadig-desk/copyright"

echo "== installed desktop integration"
check "installed .desktop validates" \
    desktop-file-validate "$scratch/root/usr/share/applications/$app_id.desktop"
check "installed metainfo validates" \
    appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/$app_id.metainfo.xml"
# validate-tree also checks that metainfo, .desktop and icon name each other.
check "installed tree validates (appstreamcli validate-tree)" \
    appstreamcli validate-tree --no-net "$scratch/root/usr"
check ".desktop Icon= names the installed icon" \
    grep -qx "Icon=$app_id" "$scratch/root/usr/share/applications/$app_id.desktop"

# The package that ships a shared library, by soname. With merged /usr, ldconfig may report
# /lib/... for a file dpkg knows as /usr/lib/... (or the other way round): ask for both.
owner_of() {
    local path
    path=$(ldconfig -p | awk -v l="$1" '$1 == l {print $NF; exit}')
    [[ -n $path ]] || return 0
    { dpkg -S "$path" || dpkg -S "/usr${path#/usr}" || dpkg -S "${path#/usr}"; } 2>/dev/null |
        head -n 1 | cut -d: -f1
}

echo "== binaries against the system's Qt"
for bin in zadig-desk zadig-cli zadig-sim; do
    exe=$scratch/root/usr/bin/$bin
    [[ -f $exe ]] || continue
    check "$bin: every library resolves" bash -c "! ldd '$exe' | grep -F 'not found'"
    check "$bin: no RPATH/RUNPATH into the build tree" \
        bash -c "! readelf -d '$exe' | grep -E 'R(UN)?PATH' | grep -F '$build'"
    # Every library the binary links must come from a package the .deb depends on.
    while read -r lib; do
        pkg=$(owner_of "$lib")
        if [[ -z $pkg ]]; then
            : >"$log"
            fail "$bin: $lib belongs to no installed package"
        else
            check "$bin: links $lib, Depends names $pkg" has_dep "$pkg"
        fi
    done < <(readelf -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
done

echo "== tarball ($(basename "$tgz"))"
if [[ -f $tgz ]]; then
    tar -tzf "$tgz" >"$scratch/tgz.txt"
    top=$(head -n 1 "$scratch/tgz.txt" | cut -d/ -f1)
    for path in bin/zadig-desk bin/zadig-cli bin/zadig-sim "share/applications/$app_id.desktop" \
        "share/metainfo/$app_id.metainfo.xml" "share/icons/hicolor/256x256/apps/$app_id.png"; do
        check "tarball has $top/$path" grep -qx "$top/$path" "$scratch/tgz.txt"
    done
fi

echo "== running the installed app"
desk=$scratch/root/usr/bin/zadig-desk
if [[ -x $desk ]]; then
    out=$(timeout 60 "$desk" --version 2>&1)
    status=$?
    echo "$out" >"$log"
    if ((status == 0)) && grep -qF "$version" <<<"$out"; then
        pass "zadig-desk --version prints $version"
    else
        echo "(exit status $status)" >>"$log"
        fail "zadig-desk --version prints $version"
    fi
    check "zadig-desk --check --demo (offscreen)" \
        env QT_QPA_PLATFORM=offscreen timeout 300 "$desk" --check --demo
fi
cli=$scratch/root/usr/bin/zadig-cli
if [[ -x $cli ]]; then
    # For pipelines on servers without a display: no GUI library is even linked.
    check "zadig-cli links no GUI library" \
        bash -c "! readelf -d '$cli' | grep -E 'NEEDED.*libQt6(Gui|Widgets)'"
    check "zadig-cli --demo list" timeout 120 "$cli" --demo --project mall list
    check "zadig-cli --demo export (json)" \
        timeout 120 "$cli" --demo --project mall export v2.5.0 --format json
fi

finish
