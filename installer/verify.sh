#!/usr/bin/env bash
# Smoke test of the Linux build of ./mvnw -Pinstaller -DskipTests package (run it afterwards, as root for unshare):
#   1. the app image holds libtorch unpacked and not the pytorch-native jar;
#   2. `augtune --version` through the real launcher;
#   3. the PyTorch engine starts through the real launcher and runtime (a temporary extra launcher runs
#      installer/verify/EngineCheck.java with the app's class path and java-options), one forward/backward pass;
#   4. the desktop window opens under Xvfb; a screenshot goes to target/installer/verify/window.png;
#   5. all of it with HOME and user.home (Java takes it from the passwd entry, not from HOME; so it is set through
#      _JAVA_OPTIONS here) = an empty temporary folder and no network (unshare -n): afterwards that folder holds
#      no .djl.ai, .openjfx or .cache/JNA (no native library unpacked or downloaded at run time);
#   4b. a shipped sample project opens: `augtune report` on it, and the window started with it as argument;
#   6. if a .deb was built: its desktop entry (with the .augtune file association), icon and maintainer scripts.
# Debian packages: xvfb, x11-utils (xwininfo), imagemagick (import), util-linux (unshare).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--gui-inner" ]; then
  # Runs inside xvfb-run: start the app, wait for its 1200x800-ish window, screenshot, stop it.
  launcher=$2 home=$3 shot=$4 log=$5 project=${6:-}
  env HOME="$home" _JAVA_OPTIONS="-Duser.home=$home -Dprism.order=sw" $NONET "$launcher" ${project:+"$project"} >"$log" 2>&1 &
  pid=$!
  for i in $(seq 1 120); do
    if xwininfo -root -tree 2>/dev/null | grep 'AugTune Inspector"' | grep -qE ' [0-9]{3,}x[0-9]{3,}\+'; then
      break
    fi
    kill -0 "$pid" 2>/dev/null || { echo "app exited early:"; cat "$log"; exit 1; }
    sleep 1
  done
  echo "window after ${i}s:"
  xwininfo -root -tree | grep 'AugTune Inspector"' | grep -E ' [0-9]{3,}x[0-9]{3,}\+'
  sleep "${WAIT_AFTER_WINDOW:-3}"
  import -window root "$shot"
  kill "$pid"
  wait "$pid" || true
  exit 0
fi

IMG="target/installer/image/AugTune Inspector"
OUT=target/installer/verify
[ -x "$IMG/bin/augtune" ] || { echo "no app image at $IMG: run ./mvnw -Pinstaller -DskipTests package first"; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
HOME_DIR=$(mktemp -d)
# Only the launcher's own settings may count.
unset DJL_OFFLINE DJL_CACHE_DIR ENGINE_CACHE_DIR PYTORCH_LIBRARY_PATH PYTORCH_VERSION PYTORCH_FLAVOR _JAVA_OPTIONS JDK_JAVA_OPTIONS
if unshare -n true 2>/dev/null; then NONET="unshare -n"; else NONET=""; echo "WARNING: unshare -n unavailable, network not cut"; fi
export NONET

echo "== 1. image content"
if ls "$IMG"/lib/app/lib/pytorch-native-* >/dev/null 2>&1; then echo "FAIL: native jar inside the image"; exit 1; fi
ls -l "$IMG/lib/app/libtorch" "$IMG/lib/app/jna"
grep '^java-options' "$IMG/lib/app/augtune.cfg"
du -sh "$IMG"

echo "== 2. augtune --version"
env HOME="$HOME_DIR" _JAVA_OPTIONS="-Duser.home=$HOME_DIR" $NONET "$IMG/bin/augtune" --version 2>&1 | grep -v _JAVA_OPTIONS

echo "== 3. engine through the app's launcher and runtime"
javac -d "$OUT/check" -cp "$IMG/lib/app/lib/*" installer/verify/EngineCheck.java
check_cfg="$IMG/lib/app/engine-check.cfg"
trap 'rm -f "$IMG/bin/engine-check" "$check_cfg"' EXIT
cp "$IMG/bin/augtune" "$IMG/bin/engine-check"
sed -e 's/^app.mainclass=.*/app.mainclass=EngineCheck/' \
    -e "/^\[Application\]/a app.classpath=$(realpath "$OUT/check")" "$IMG/lib/app/augtune.cfg" > "$check_cfg"
env HOME="$HOME_DIR" _JAVA_OPTIONS="-Duser.home=$HOME_DIR" $NONET "$IMG/bin/engine-check" 2>&1 \
  | grep -vE ' INFO |_JAVA_OPTIONS'
rm -f "$IMG/bin/engine-check" "$check_cfg"

echo "== 4. desktop window under Xvfb"
xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --gui-inner "$(realpath "$IMG/bin/AugTune Inspector")" "$HOME_DIR" \
  "$OUT/window.png" "$OUT/window.log"
echo "screenshot: $OUT/window.png"

echo "== 4b. a shipped sample project opens: headless report, and in the window (as a double-click would)"
SAMPLE="$IMG/lib/app/sample-projects/textures.augtune"
[ -f "$SAMPLE" ] || { echo "FAIL: no sample project at $SAMPLE"; exit 1; }
env HOME="$HOME_DIR" _JAVA_OPTIONS="-Duser.home=$HOME_DIR" $NONET "$IMG/bin/augtune" report --project "$SAMPLE" \
  --csv "$OUT/textures.csv" 2>&1 | grep -v _JAVA_OPTIONS
rows=$(($(wc -l < "$OUT/textures.csv") - 1))
[ "$rows" -eq 60 ] || { echo "FAIL: the sample report has $rows rows, not 60"; exit 1; }
echo "sample report: $rows ranked images"
WAIT_AFTER_WINDOW=15 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --gui-inner "$(realpath "$IMG/bin/AugTune Inspector")" \
  "$HOME_DIR" "$OUT/sample.png" "$OUT/sample.log" "$(realpath "$SAMPLE")"
echo "screenshot of the opened sample: $OUT/sample.png"

echo "== 5. the home folder afterwards"
(cd "$HOME_DIR" && find . -mindepth 1 | sort)
for unpacked in .djl.ai .openjfx .cache/JNA; do
  if [ -e "$HOME_DIR/$unpacked" ]; then echo "FAIL: ~/$unpacked was created (native libraries unpacked at run time)"; exit 1; fi
done
echo "no ~/.djl.ai (libtorch), ~/.openjfx (JavaFX), ~/.cache/JNA (JNA): ok"
rm -rf "$HOME_DIR"

deb=$(ls target/installer/*.deb 2>/dev/null | head -1 || true)
if [ -n "$deb" ]; then
  echo "== 6. $deb ($(du -h "$deb" | cut -f1))"
  dpkg-deb -f "$deb" Package Version Installed-Size Depends
  dpkg-deb -c "$deb" | grep -E '\.desktop$|\.png$|/bin/' | grep -v sample-projects | awk '{print $6, $7}'
  tmp=$(mktemp -d)
  dpkg-deb -x "$deb" "$tmp"
  dpkg-deb -e "$deb" "$tmp/DEBIAN"
  cat "$tmp"/opt/augtune-inspector/lib/*AugTune_Inspector.desktop
  grep -q '^MimeType=.*application/x-augtune-project' "$tmp"/opt/augtune-inspector/lib/*AugTune_Inspector.desktop \
    || { echo "FAIL: no .augtune file association in the desktop entry"; exit 1; }
  grep -q '^Exec=.* %f' "$tmp"/opt/augtune-inspector/lib/*AugTune_Inspector.desktop \
    || { echo "FAIL: the desktop entry does not pass the double-clicked file"; exit 1; }
  grep -n 'augtune' "$tmp/DEBIAN/postinst" "$tmp/DEBIAN/prerm" | grep -v '^.*:#'
  if find "$tmp" -name 'pytorch-native-*' | grep -q .; then echo "FAIL: native jar inside the .deb"; exit 1; fi
  rm -rf "$tmp"
fi
echo "== all checks passed"
