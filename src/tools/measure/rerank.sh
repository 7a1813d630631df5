#!/usr/bin/env bash
# How long ranking a project of 300 production images again after one Good mark takes in the app (issue #17):
# tunes a project at the default detection on ELPV poly (normal = 60 of its good images; production = its 160 test
# images and its other 140 good ones, copied to OUT_DIR, never into the repository), then marks the highest ranked
# good images one after the other as the app does (RerankTimingRun) and prints each mark's seconds. The first mark
# reads and describes every production image; the later ones measure only the new cells.
# Usage: src/tools/measure/rerank.sh OUT_DIR [SEED]   (after ./mvnw -q -DskipTests package, which also compiles
# the test classes)
set -euo pipefail
out=$1; seed=${2:-42}
data=${DATA:-/work/shared/datasets/elpv-subset/poly}
root=$(cd "$(dirname "$0")/../../.." && pwd)
jar=${JAR:-$root/target/augtune.jar}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
rm -rf "$out/normal" "$out/production"
mkdir -p "$out/normal" "$out/production"
cp -r "$data/test/." "$out/production/"
ls "$data/good" | sort | head -60 | while read -r f; do cp "$data/good/$f" "$out/normal/"; done
ls "$data/good" | sort | tail -n +61 | while read -r f; do cp "$data/good/$f" "$out/production/good/extra-$f"; done
project="$out/rerank-$seed.augtune"
rm -f "$project"
start=$(date +%s)
java -jar "$jar" tune --normal "$out/normal" --production "$out/production" -r --seed "$seed" \
  --project "$project" > "$out/tune-$seed.log" 2>&1
echo "tuned in $(( $(date +%s) - start )) s; load before marking: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar:$root/target/test-classes" io.augtune.workflow.RerankTimingRun "$project" "${MARKS:-3}"
# PREPARED=1: the app's way since it measures the images ahead, when the results are shown
if [ -n "${PREPARED:-}" ]; then
  java -cp "$jar:$root/target/test-classes" io.augtune.workflow.RerankTimingRun "$project" "${MARKS:-3}" prepared
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
