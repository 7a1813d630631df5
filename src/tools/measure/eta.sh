#!/usr/bin/env bash
# How good is the "time left" of a default tune? Runs one tune with timestamps on every progress line and prints,
# at evenly spaced moments, the reported time left against the real time left, and the ratio at the halfway point.
# Usage: src/tools/measure/eta.sh NORMAL_DIR PRODUCTION_DIR [OUT_DIR]   (after ./mvnw -q -DskipTests package)
set -euo pipefail
normal=$1; production=$2; out=${3:-$(mktemp -d)}
mkdir -p "$out"
jar=$(cd "$(dirname "$0")/../../.." && pwd)/target/augtune.jar
java -jar "$jar" tune --normal "$normal" --production "$production" -r --out "$out/model" 2>&1 \
  | while IFS= read -r line; do printf '%s %s\n' "$(date +%s.%N | cut -c1-14)" "$line"; done > "$out/log.txt"
python3 - "$out/log.txt" <<'PY'
import re, sys
lines = [l for l in open(sys.argv[1]).read().split('\n') if l.strip()]
t0 = float(lines[0].split()[0])
tend = float([l for l in lines if 'model written' in l][0].split()[0])
etas = [(float(l.split()[0]), float(m.group(1))) for l in lines for m in [re.search(r'ETA (\d+)s', l)] if m]
print(f"total {tend - t0:.0f} s")
for l in lines:
    if 'after the tuning about' in l:
        print("timed:", l.split(': ', 1)[1])
for t, e in etas[::max(1, len(etas) // 12)]:
    print(f"at {t - t0:5.0f} s: reported {e:5.0f} s left, really {tend - t:5.0f} s (ratio {e / (tend - t):.2f})")
# Where the time went: before the first step (reading, timing the work after the tuning), the tuning, after it.
tstep = etas[0][0]
tafter = float([l for l in lines if 'Heatmaps' in l][0].split()[0])
print(f"phases: {tstep - t0:.0f} s to the first step, tuning {tafter - tstep:.0f} s, after it {tend - tafter:.0f} s "
      f"(reported at the last step: {etas[-1][1]:.0f} s)")
half = max(x for x in etas if x[0] <= t0 + (tend - t0) / 2)
print(f"halfway: reported {half[1]:.0f} s, really {tend - half[0]:.0f} s, ratio {half[1] / (tend - half[0]):.2f}")
PY
