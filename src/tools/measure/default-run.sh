#!/usr/bin/env bash
# A user's default run, timed: `tune` with the default settings on a normal and a production folder (production read
# recursively), the JVM held to -Xmx2g, one libtorch thread per process as on a shared machine. Prints the wall time
# and peak resident memory of the whole process, and the run's own log.
# usage (after ./mvnw -q -DskipTests package): src/tools/measure/default-run.sh NORMAL PRODUCTION OUT_DIR [OPTIONS...]
# e.g. src/tools/measure/default-run.sh DATASETS/kolektorsdd/good DATASETS/kolektorsdd/test \
#        OUT
set -euo pipefail
normal=$1; production=$2; out=$3; shift 3
jar=${JAR:-$(cd "$(dirname "$0")/../../.." && pwd)/target/augtune.jar}
mkdir -p "$out"
rm -rf "$out/model" "$out/run.augtune"
/usr/bin/time -f "%e s wall, %M KB max RSS" -o "$out/time.txt" java -Xmx2g -jar "$jar" tune --normal "$normal" \
  --production "$production" -r --out "$out/model" --project "$out/run.augtune" "$@" > "$out/log.txt" 2>&1 || true
grep -v NNPACK "$out/log.txt" | grep -v "^tune start" | tail -8
echo "$(ls "$production" | wc -l) production folders/files, $(ls "$normal" | wc -l) normal images: $(cat "$out/time.txt")"
