#!/usr/bin/env bash
# Markdown tables of the evaluate JSONs in a folder (written by frozen.sh): per run, task, detection and size, seed,
# image AUROC, pixel AUROC (where masks exist), seconds to fit and to score (frozen detection), wall time and peak RSS
# of the whole process (from the .log next to each JSON); then mean ± standard deviation over seeds.
# usage: src/tools/measure/summarise.sh OUT_DIR
set -euo pipefail
rows=$(for json in "$1"/*.json; do
  run=$(basename "$json" .json)
  task=$(jq -r '.dataset | split("/datasets/")[1]' "$json")
  detection=$(jq -r '.detection' "$json")
  fit=$(echo "$detection" | sed -n 's/.*fit \([0-9.]*\) s.*/\1/p')
  score=$(echo "$detection" | sed -n 's/.*scoring \([0-9.]*\) s.*/\1/p')
  resources=$(tail -1 "$json.log")
  wall=$(echo "$resources" | sed -n 's/^\([0-9.]*\) s wall.*/\1/p')
  rss=$(echo "$resources" | sed -n 's/.*, \([0-9]*\) KB max RSS/\1/p')
  jq -r --arg run "${run%-*}" --arg task "$task" --arg fit "${fit:--}" --arg score "${score:--}" \
    --arg wall "${wall:--}" --arg rss "$([ -n "$rss" ] && echo $((rss / 1024)) || echo -)" \
    '[$task, $run, .seed, (.imageAuroc.tuned * 10000 | round / 10000),
      (if .pixelAuroc.tuned == null then "-" else (.pixelAuroc.tuned * 10000 | round / 10000) end),
      $fit, $score, $wall, $rss] | map(tostring) | join("\t")' "$json"
done)
echo "| task | run | seed | image AUROC | pixel AUROC | fit s | score s | wall s | max RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|"
echo "$rows" | awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9}'
echo
echo "| task | run | seeds | image AUROC | pixel AUROC | fit s (mean) | score s (mean) | wall s (mean) | max RSS MB (max) |"
echo "|---|---|---|---|---|---|---|---|---|"
echo "$rows" | awk -F'\t' '
  { k = $1 "\t" $2; n[k]++; a[k] += $4; aa[k] += $4 * $4; if ($5 != "-") { p[k] += $5; pp[k] += $5 * $5; pn[k]++ }
    if ($6 != "-") { f[k] += $6; fn[k]++ } if ($7 != "-") s[k] += $7; if ($8 != "-") w[k] += $8
    if ($9 != "-" && $9 > r[k]) r[k] = $9 }
  END { for (k in n) { split(k, t, "\t"); m = a[k] / n[k]; sd = sqrt(max0(aa[k] / n[k] - m * m));
          pix = pn[k] ? sprintf("%.3f ± %.3f", p[k] / pn[k], sqrt(max0(pp[k] / pn[k] - (p[k] / pn[k]) ^ 2))) : "-";
          fit = fn[k] ? sprintf("%.1f", f[k] / fn[k]) : "-"; score = fn[k] ? sprintf("%.1f", s[k] / fn[k]) : "-"
          printf "| %s | %s | %d | %.3f ± %.3f | %s | %s | %s | %.0f | %s |\n", t[1], t[2], n[k], m, sd, pix,
            fit, score, w[k] / n[k], r[k] } }
  function max0(x) { return x > 0 ? x : 0 }' | sort
