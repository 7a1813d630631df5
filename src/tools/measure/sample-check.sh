#!/usr/bin/env bash
# Checks a shipped sample project against its labels.csv (ground truth, never used by the app): image AUROC of the
# saved scores, and how many defective and good images the saved threshold fails.
# usage (after ./mvnw -q -DskipTests package): src/tools/measure/sample-check.sh textures|fashion
set -euo pipefail
sample=$1
root=$(cd "$(dirname "$0")/../../.." && pwd)
csv=$(mktemp --suffix=.csv)
java -jar "$root/target/augtune.jar" report --project "$root/sample-projects/$sample.augtune" --csv "$csv" > /dev/null
python3 - "$root/sample-projects/$sample/labels.csv" "$csv" "$sample" <<'PY'
import csv, sys
labels = {r['file'].split('/', 1)[1]: r['defective'] == '1' for r in csv.DictReader(open(sys.argv[1]))}
rows = list(csv.DictReader(open(sys.argv[2])))
pos = [float(r['score']) for r in rows if labels[r['file']]]
neg = [float(r['score']) for r in rows if not labels[r['file']]]
auc = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))
fails = [r for r in rows if r['verdict'] == 'FAIL']
print(f"{sys.argv[3]}: image AUROC {auc:.3f}; {len(fails)} FAIL, {sum(r['verdict'] == 'PASS' for r in rows)} PASS; "
      f"{sum(labels[r['file']] for r in fails)} of {len(pos)} defective flagged, "
      f"{sum(not labels[r['file']] for r in fails)} good flagged")
PY
rm -f "$csv" "${csv%.csv}.meta.properties"
