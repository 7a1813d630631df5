#!/usr/bin/env bash
# Frozen pretrained patch detection (issue #14) on the shared labelled data sets: one `evaluate` per task, working
# size (the images' shorter side) and seed, one at a time on one thread (the machine is shared).
#
# usage (from the repository root, after ./mvnw -q -DskipTests package):
#   src/tools/measure/frozen.sh OUT_DIR "SIZES" "SEEDS" "TASKS" [DETECTION]
# e.g.
#   src/tools/measure/frozen.sh work-out/frozen "224 320 496" "42" "kolektorsdd"
#   src/tools/measure/frozen.sh work-out/frozen "320" "42 1 2" "kolektorsdd elpv-subset/mono elpv-subset/poly"
# DETECTION defaults to frozen; `patches` runs the current default detector for comparison (SIZES is then ignored:
# its own default working size). Summarise with src/tools/measure/summarise.sh OUT_DIR.
set -euo pipefail
out=$1
sizes=$2
seeds=$3
tasks=$4
detection=${5:-frozen}
data=${DATASETS:-/work/shared/datasets}
jar=${JAR:-target/augtune.jar}
mkdir -p "$out"
export OMP_NUM_THREADS=1
for task in $tasks; do
  name=$(echo "$task" | tr '/' '-')
  for seed in $seeds; do
    if [ "$detection" = frozen ]; then
      for size in $sizes; do
        json="$out/frozen-$name-$size-$seed.json"
        [ -f "$json" ] && continue
        /usr/bin/time -f "%e s wall, %M KB max RSS" java -jar "$jar" evaluate --dataset "$data/$task" \
          --seed "$seed" --methods tuned --detection frozen --size "$size" --json "$json" \
          >"$json.log" 2>&1 || echo "failed: $json.log" >&2
      done
    else
      json="$out/$detection-$name-$seed.json"
      [ -f "$json" ] && continue
      /usr/bin/time -f "%e s wall, %M KB max RSS" java -jar "$jar" evaluate --dataset "$data/$task" \
        --seed "$seed" --methods tuned --detection "$detection" --json "$json" >"$json.log" 2>&1 \
        || echo "failed: $json.log" >&2
    fi
  done
done
