#!/usr/bin/env bash
# Renders the app icon from its source assets/icon.svg into the files the installer build uses:
#   assets/icon-256.png, assets/icon-48.png   Linux (.deb desktop entry, window icon)
#   assets/icon.ico                           Windows (.msi, launcher), 16/32/48/256 px
#   assets/icon.icns                          macOS (.dmg), 16/32/48/128/256/512 px
# The outputs are committed; re-run this only after editing the SVG. Output is byte-identical on re-runs.
# Debian packages: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."
src=assets/icon.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for s in 16 32 48 128 256 512; do
  rsvg-convert --width "$s" --height "$s" --format png "$src" --output "$tmp/icon-$s.png"
done
cp "$tmp/icon-256.png" assets/icon-256.png
cp "$tmp/icon-48.png" assets/icon-48.png

# ICO: no timestamps are written; -strip keeps ImageMagick from adding date chunks to embedded PNGs.
convert "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-48.png" "$tmp/icon-256.png" -strip assets/icon.ico

png2icns assets/icon.icns "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-48.png" \
  "$tmp/icon-128.png" "$tmp/icon-256.png" "$tmp/icon-512.png" >/dev/null

sha256sum assets/icon-256.png assets/icon-48.png assets/icon.ico assets/icon.icns
