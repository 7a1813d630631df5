#!/usr/bin/env bash
# Which parts of the fused default a Good mark should teach (issue #17): src/tools/measure/TeachRules.java on every
# simulated inspector's run that src/tools/measure/inspector.sh left in OUT_DIR (tuned-SEED.augtune, before-SEED.csv,
# after-SEED.csv). Prints one line per run: the image AUROC of the images not marked under each rule.
# JOIN=BEYOND_PARTS scores projects saved before the global join was saved by the current join (FusedLocaliser).
# Usage: src/tools/measure/teach-rules.sh DATASET_DIR OUT_DIR   (after ./mvnw -q -DskipTests package)
set -euo pipefail
data=$1; out=$2
root=$(cd "$(dirname "$0")/../../.." && pwd)
for before in "$out"/before-*.csv; do
  seed=${before##*/before-}; seed=${seed%.csv}
  [ -f "$out/after-$seed.csv" ] || continue
  model=$(mktemp -d)
  (cd "$model" && unzip -q "$out/tuned-$seed.augtune" 'model/*')
  OMP_NUM_THREADS=1 java -cp "$root/target/classes:$root/target/lib/*" "$root/src/tools/measure/TeachRules.java" \
    "$model/model" "$data/test" "$before" "$out/after-$seed.csv" "$(basename "$data") seed $seed" ${JOIN:-} 2>&1 \
    | grep -v NNPACK
  rm -rf "$model"
done
