#!/usr/bin/env bash
# Renders every bitmap icon from the SVG sources in resources/icons/ and commits nothing:
# run it after editing an SVG, look at the results, then commit them.
# Needs rsvg-convert (librsvg2-bin), ImageMagick 6 or 7 (.ico) and png2icns (icnsutils, .icns).
set -euo pipefail
cd "$(dirname "$0")/.."

id=io.github.zadigdesk.ZadigDesk
icons=resources/icons
full=$icons/$id.svg
# The full mark turns to mush below 32 px; these sizes come from a redrawn 16 px grid.
small=$icons/$id-small.svg

# The real ImageMagick, not a wrapper earlier in PATH that only displays pictures.
if [[ -x /usr/bin/magick ]]; then
    im=(/usr/bin/magick)
elif [[ -x /usr/bin/convert ]]; then
    im=(/usr/bin/convert)
else
    im=(convert)
fi

source_for() {
    if (($1 <= 24)); then echo "$small"; else echo "$full"; fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256; do
    dir=$icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert -w "$size" -h "$size" "$(source_for "$size")" -o "$dir/$id.png"
done
# The master SVG is installed as the scalable icon directly (see cmake/Packaging.cmake).

# Windows: one .ico with every size the shell asks for (256 is stored as PNG by ImageMagick).
ico_inputs=()
for size in 16 24 32 48 64 128 256; do
    ico_inputs+=("$icons/hicolor/${size}x${size}/apps/$id.png")
done
"${im[@]}" "${ico_inputs[@]}" "$icons/app.ico"

# macOS: png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512, 1024 px).
for size in 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$full" -o "$tmp/$size.png"
done
png2icns "$icons/app.icns" \
    "$icons/hicolor/16x16/apps/$id.png" "$icons/hicolor/32x32/apps/$id.png" \
    "$icons/hicolor/48x48/apps/$id.png" "$icons/hicolor/128x128/apps/$id.png" \
    "$icons/hicolor/256x256/apps/$id.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null

echo "Rendered icons into $icons"
