#!/usr/bin/env bash
# A copy of an MVTec-layout data set with every image stretched to WIDTHxHEIGHT pixels (ImageMagick), to see how a
# detector copes with parts longer than they are wide when everything else about the images is known.
# Usage: src/tools/measure/stretched-set.sh DATASET_DIR OUT_DIR WIDTH HEIGHT
set -euo pipefail
src=$1; out=$2; w=$3; h=$4
cd "$src"
find . -type f \( -iname '*.png' -o -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.bmp' \) | while read -r f; do
  mkdir -p "$out/$(dirname "$f")"
  convert "$f" -resize "${w}x${h}!" "$out/$f"
done
