#!/usr/bin/env bash
# Package the one-folder bundle as a .deb: /opt/cpsw-trainer, a launcher on PATH,
# a desktop entry and an icon. Removing the package never touches users' data folders.
# Usage: bash build/make_deb.sh BUNDLE_DIR VERSION
set -euo pipefail
BUNDLE="$1"; VERSION="$2"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARCH="$(dpkg --print-architecture)"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/cpsw-trainer"
cat > "$STAGE/usr/bin/cpsw-trainer" <<'LAUNCH'
#!/bin/sh
exec /opt/cpsw-trainer/cpsw-trainer "$@"
LAUNCH
chmod 755 "$STAGE/usr/bin/cpsw-trainer"
cp "$ROOT/build/cpsw-trainer.desktop" "$STAGE/usr/share/applications/"
cp "$ROOT/build/cpsw-trainer.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/"
SIZE="$(du -sk "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: cpsw-trainer
Version: $VERSION
Section: education
Priority: optional
Architecture: $ARCH
Installed-Size: $SIZE
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0
Maintainer: CPSW Trainer <maintainers@cpsw-trainer.invalid>
Description: Study, practise and prove readiness for peer support certification
 Core-competency modules, practice quizzes and timed exam simulations, an hours
 log and a certification-readiness report for peer support workers. Works offline.
CONTROL
OUT="$ROOT/build/dist/cpsw-trainer_${VERSION}_${ARCH}.deb"
dpkg-deb --build --root-owner-group "$STAGE" "$OUT" >/dev/null
echo "$OUT"
