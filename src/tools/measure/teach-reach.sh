#!/usr/bin/env bash
# How far a part marked Good should vouch for other cells (issue #17): the measurement
# src/test/java/io/augtune/localise/TeachReachRun.java on every simulated inspector's run that
# src/tools/measure/inspector.sh left in OUT_DIR (tuned-SEED.augtune, before-SEED.csv), one thread.
# Prints per run the image AUROC of the images not marked under each reach.
# Usage: src/tools/measure/teach-reach.sh DATASET_DIR OUT_DIR   (after ./mvnw -q -DskipTests test-compile)
set -euo pipefail
data=$1; out=$2
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
for before in "$out"/before-*.csv; do
  seed=${before##*/before-}; seed=${seed%.csv}
  model=$(mktemp -d)
  (cd "$model" && unzip -q "$out/tuned-$seed.augtune" 'model/*' project.json)
  fraction=$(jq -r '.settings.holdoutFraction // 0.2' "$model/project.json")
  OMP_NUM_THREADS=1 ./mvnw -q -o surefire:test -Dtest=TeachReachRun -Dsurefire.failIfNoSpecifiedTests=false \
    -Daugtune.teach=true -Daugtune.teach.model="$model/model" -Daugtune.teach.data="$data" \
    -Daugtune.teach.before="$before" -Daugtune.teach.seed="$seed" -Daugtune.teach.holdout="$fraction" 2>&1 \
    | grep -v NNPACK
  rm -rf "$model"
done
