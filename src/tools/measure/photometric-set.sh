#!/usr/bin/env bash
# A copy of an MVTec-layout data set with every image's brightness and contrast made alike (ImageMagick), masks under
# ground_truth/ copied as they are: to see how much of a detector's ranking is each part's lighting.
# MODE: standardise (each image to mean 0.5 and standard deviation 0.15 of the full range) or normalize (ImageMagick's
# -normalize: the darkest 2 % to black, the brightest 1 % to white).
# Usage: src/tools/measure/photometric-set.sh DATASET_DIR OUT_DIR MODE
set -euo pipefail
src=$1; out=$2; mode=$3
cd "$src"
find . -type f \( -iname '*.png' -o -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.bmp' \) | while read -r f; do
  mkdir -p "$out/$(dirname "$f")"
  case "$f" in
    ./ground_truth/*) cp "$f" "$out/$f" ;;
    *) if [ "$mode" = normalize ]; then
         convert "$f" -normalize "$out/$f"
       else
         # (u - mean) / sd * 0.15 + 0.5 as a linear level: black at mean - sd / 0.3, white at mean + sd / 0.3
         sd='max(standard_deviation, 0.001)'
         read -r black white < <(identify -format "%[fx:100 * (mean - $sd / 0.3)] %[fx:100 * (mean + $sd / 0.3)]\n" \
           "$f" | head -1)
         convert "$f" -level "${black}%,${white}%" "$out/$f"
       fi ;;
  esac
done
