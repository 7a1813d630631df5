#!/usr/bin/env bash
# A simulated inspector (issue #17): tunes a project (DETECTION, default the product's default `fused`; `frozen` for
# pretrained patches alone) on a labelled MVTec-layout task (normal = good/,
# production = test/ with its good/ and defect(ive)/ sub-folders), walks the ranking from the top and marks the
# first 10 good parts as Good (decide --good, which teaches the model and ranks again), and prints the image AUROC
# of the images it did not mark, before and after.
# The tuned project is kept as OUT_DIR/tuned-SEED.augtune; with REUSE=1 an existing one is taught again (a copy), so
# ways of teaching can be compared on the same tuned models.
# Usage: src/tools/measure/inspector.sh DATASET_DIR SEED OUT_DIR   (after ./mvnw -q -DskipTests package)
set -euo pipefail
data=$1; seed=$2; out=$3
jar=${JAR:-$(cd "$(dirname "$0")/../../.." && pwd)/target/augtune.jar}
mkdir -p "$out"
tuned="$out/tuned-$seed.augtune"
project="$out/inspector-$seed.augtune"
if [[ "${REUSE:-0}" != 1 || ! -f "$tuned" ]]; then
  rm -f "$tuned"
  java -jar "$jar" tune --normal "$data/good" --production "$data/test" -r --detection "${DETECTION:-fused}" \
    --seed "$seed" --project "$tuned" > "$out/tune-$seed.log" 2>&1
fi
cp "$tuned" "$project"
java -jar "$jar" report --project "$project" --csv "$out/before-$seed.csv" > /dev/null
marks=$(python3 - "$out/before-$seed.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
good = [r['file'] for r in rows if r['file'].startswith('good/')][:10]
print(' '.join('--good ' + f for f in good))
PY
)
start=$(date +%s.%N)
java -jar "$jar" decide --project "$project" $marks > "$out/decide-$seed.log" 2>&1
end=$(date +%s.%N)
java -jar "$jar" report --project "$project" --csv "$out/after-$seed.csv" > /dev/null
python3 - "$out/before-$seed.csv" "$out/after-$seed.csv" "$(echo "$end - $start" | bc)" "$marks" <<'PY'
import csv, sys
marked = set(sys.argv[4].replace('--good ', '').split())
def auroc(path):
    rows = [r for r in csv.DictReader(open(path)) if r['file'] not in marked]
    pos = [float(r['score']) for r in rows if not r['file'].startswith('good/')]
    neg = [float(r['score']) for r in rows if r['file'].startswith('good/')]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg)), len(pos), len(neg)
b, p, n = auroc(sys.argv[1]); a, _, _ = auroc(sys.argv[2])
print(f"unmarked images: {p} defective, {n} good; image AUROC before {b:.4f}, after {a:.4f} "
      f"({a - b:+.4f}); decide (teach + rank again) took {float(sys.argv[3]):.1f} s")
PY
