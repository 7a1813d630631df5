#!/usr/bin/env bash
# Runs a measurement harness of src/tools/measure (HeldBackBanks.java, PartImageScore.java) on every tuned project
# that src/tools/measure/inspector.sh left in OUT_DIR (tuned-SEED.augtune, tuned at the defaults with
# DATASET_DIR/good as normal and DATASET_DIR/test as production), one thread.
# Usage: src/tools/measure/probe-tuned.sh HARNESS.java DATASET_DIR OUT_DIR   (after ./mvnw -q -DskipTests package)
set -euo pipefail
harness=$1; data=$2; out=$3
root=$(cd "$(dirname "$0")/../../.." && pwd)
for tuned in "$out"/tuned-*.augtune; do
  seed=${tuned##*/tuned-}; seed=${seed%.augtune}
  model=$(mktemp -d)
  (cd "$model" && unzip -q "$tuned" 'model/*' project.json)
  fraction=$(jq -r '.settings.holdoutFraction // 0.2' "$model/project.json")
  OMP_NUM_THREADS=1 java -cp "$root/target/classes:$root/target/lib/*" "$root/src/tools/measure/$harness" \
    "$model/model" "$data/good" "$data/test" "$seed" "$fraction" "$(basename "$data") seed $seed" 2>&1 \
    | grep -v NNPACK
  rm -rf "$model"
done
