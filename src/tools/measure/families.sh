#!/usr/bin/env bash
# The family search of `--family auto` (issue #15) on the shared labelled data sets: one
# `evaluate --methods tuned --detection patches` per task, seed and family setting, two runs at a time, each on one
# thread (the machine has two cores). Patch detection measures the tuned detector alone (in fused detection it is
# one part of three).
#
# usage (from the repository root, after ./mvnw -q -DskipTests package):
#   src/tools/measure/families.sh OUT_DIR "SEEDS" "TASKS" [FAMILY]
# e.g.
#   src/tools/measure/families.sh work-out/families "42 1 2" "kolektorsdd elpv-subset/mono elpv-subset/poly"
#   JAR=/path/to/old/augtune.jar src/tools/measure/families.sh work-out/base "42 1 2" "..." cutdiff
# FAMILY defaults to auto. The baseline of the issue ("today's CutDiff default") was run with the jar of commit
# bbbd787 and FAMILY cutdiff. Summarise with python3 src/tools/measure/families-summary.py OUT_DIR [BASE_DIR].
set -euo pipefail
out=$1
seeds=$2
tasks=$3
family=${4:-auto}
data=${DATASETS:-/work/shared/datasets}
jar=${JAR:-target/augtune.jar}
mkdir -p "$out"
export OMP_NUM_THREADS=1
run() {
  local task=$1 seed=$2
  local json="$out/$family-$(echo "$task" | tr '/' '-')-$seed.json"
  [ -f "$json" ] && return 0
  /usr/bin/time -f "%e s wall, %M KB max RSS" java -jar "$jar" evaluate --dataset "$data/$task" --seed "$seed" \
    --methods tuned --detection patches --family "$family" --json "$json" >"$json.log" 2>&1 \
    || echo "failed: $json.log" >&2
}
jobs=0
for seed in $seeds; do
  for task in $tasks; do
    run "$task" "$seed" &
    jobs=$((jobs + 1))
    if [ "$jobs" -ge 2 ]; then
      wait -n
      jobs=$((jobs - 1))
    fi
  done
done
wait
