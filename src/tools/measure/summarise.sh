#!/usr/bin/env bash
# Markdown table of the evaluate JSONs in a folder (written by frozen.sh): task, detection and size, seed, image
# AUROC, pixel AUROC (where masks exist), seconds to fit and to score (frozen detection), wall time and peak RSS of
# the whole run (from the .log next to each JSON).
# usage: src/tools/measure/summarise.sh OUT_DIR
set -euo pipefail
echo "| task | run | seed | image AUROC | pixel AUROC | fit s | score s | wall s | max RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|"
for json in "$1"/*.json; do
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
    '"| \($task) | \($run) | \(.seed) | \(.imageAuroc.tuned) | \(.pixelAuroc.tuned // "-") | \($fit) | \($score) | \($wall) | \($rss) |"' \
    "$json"
done
