#!/usr/bin/env bash
# Per task, mean ± sd over seeds of each component's and each fusion rule's image AUROC, from the evaluate JSONs of
# fused detection in a folder (written by frozen.sh ... fused). Pixel AUROC of the parts where the task has masks.
# usage: src/tools/measure/components.sh OUT_DIR
set -euo pipefail
echo "| task | what | seeds | image AUROC | pixel AUROC |"
echo "|---|---|---|---|---|"
for json in "$1"/fused-*.json; do
  task=$(jq -r '.dataset | split("/datasets/")[-1] | sub("^/tmp/"; "")' "$json")
  jq -r --arg task "$task" '
    (.components | to_entries[] | [$task, "component " + .key, .value.imageAuroc, (.value.pixelAuroc // "-")]),
    (.fusionRules | to_entries[] | [$task, "rule " + .key, .value, "-"]),
    [$task, "fused (default)", .imageAuroc.tuned, (.pixelAuroc.tuned // "-")]
    | map(tostring) | join("\t")' "$json"
done | awk -F'\t' '
  { k = $1 "\t" $2; n[k]++; a[k] += $3; aa[k] += $3 * $3; if ($4 != "-") { p[k] += $4; pn[k]++ } }
  END { for (k in n) { split(k, t, "\t"); m = a[k] / n[k]; v = aa[k] / n[k] - m * m; if (v < 0) v = 0
          printf "| %s | %s | %d | %.3f ± %.3f | %s |\n", t[1], t[2], n[k], m, sqrt(v),
            pn[k] ? sprintf("%.3f", p[k] / pn[k]) : "-" } }' | sort
