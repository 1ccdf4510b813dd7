#!/usr/bin/env bash
# Renders the checked-in PNG icons (and the Windows .ico) from org.arborist.Arborist.svg.
# Run it again after changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin) and, for the
# .ico, ImageMagick's convert (Debian: imagemagick). Neither is needed to build Arborist.
set -euo pipefail
cd "$(dirname "$0")"
svg=org.arborist.Arborist.svg
for size in 16 32 48 64 128 256; do
  dir=hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$dir/org.arborist.Arborist.png"
done
# The icon of arborist.exe and of its installer: 16, 32, 48 and 256 px in one file.
convert hicolor/16x16/apps/org.arborist.Arborist.png hicolor/32x32/apps/org.arborist.Arborist.png \
        hicolor/48x48/apps/org.arborist.Arborist.png hicolor/256x256/apps/org.arborist.Arborist.png \
        ../windows/arborist.ico
echo "rendered: $(ls hicolor/*/apps/*.png ../windows/arborist.ico | tr '\n' ' ')"
