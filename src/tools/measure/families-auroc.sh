#!/usr/bin/env bash
# Image AUROC of the tuned method for each augmentation family on one data set (issue #15, item 1), all other
# settings at their defaults (seed 42). One `evaluate --methods tuned` run per family, one after the other.
#
# Build the jar first (from the repository root): ./mvnw -q -DskipTests package
# Usage: src/tools/measure/families-auroc.sh [DATASET] [OUT_DIR] [FAMILY...]
#   DATASET  MVTec-layout folder (default /work/shared/datasets/kolektorsdd)
#   OUT_DIR  where FAMILY.json / .txt / .log and summary.tsv go (default target/measure/families)
#   FAMILY   families to run (default: all six)
# AUGTUNE_JAR runs another copy of the jar (with its lib/ beside it), e.g. one kept away from a rebuild.
set -euo pipefail
cd "$(dirname "$0")/../../.."
dataset=${1:-/work/shared/datasets/kolektorsdd}
out=${2:-target/measure/families}
shift $(( $# < 2 ? $# : 2 ))
families=("$@")
if [ ${#families[@]} -eq 0 ]; then
  families=(cutdiff rotation line cutpaste stain shading)
fi
mkdir -p "$out"
# one thread per run: the machine's two cores are shared with other builds
export OMP_NUM_THREADS=1
for family in "${families[@]}"; do
  start=$(date +%s)
  java -jar "${AUGTUNE_JAR:-target/augtune.jar}" evaluate --dataset "$dataset" --methods tuned --family "$family" \
      --json "$out/$family.json" > "$out/$family.txt" 2> "$out/$family.log"
  echo "$family done in $(( $(date +%s) - start )) s"
done
python3 - "$out" "${families[@]}" <<'PY'
import json, sys
out, families = sys.argv[1], sys.argv[2:]
rows = ["family\timageAuroc\tseconds\thyperparameters"]
for f in families:
    r = json.load(open(f"{out}/{f}.json"))
    hp = ", ".join(f"{k}={v:.4g}" for k, v in r["tunedHyperparameters"].items())
    rows.append(f"{f}\t{r['imageAuroc']['tuned']:.4f}\t{r['seconds']['tuned']:.0f}\t{hp}")
open(f"{out}/summary.tsv", "w").write("\n".join(rows) + "\n")
print("\n".join(rows))
PY
