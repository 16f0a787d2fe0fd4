#!/usr/bin/env bash
# Build the one-folder app (build/dist/cpsw-trainer), a .tar.gz of it and, on Debian/Ubuntu,
# a .deb. Then run the bundled app's self-test offscreen. Usage: bash build/build.sh [--no-deb]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="$ROOT/.venv/bin/python"
"$PY" -m pip install --quiet "pyinstaller>=6.10"
"$PY" -m trainer.content.cache "$ROOT/content"  # shipped in the bundle: a first start reads no YAML
cd "$ROOT/build"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/build/dist" --workpath "$ROOT/build/work" cpsw-trainer.spec
BUNDLE="$ROOT/build/dist/cpsw-trainer"
VERSION="$("$PY" -c 'import trainer; print(trainer.__version__)')"
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1)"
QT_QPA_PLATFORM=offscreen "$BUNDLE/cpsw-trainer" self-test
tar -C "$ROOT/build/dist" -czf "$ROOT/build/dist/cpsw-trainer-$VERSION-linux-$(uname -m).tar.gz" cpsw-trainer
if [ "${1:-}" != "--no-deb" ] && command -v dpkg-deb >/dev/null 2>&1; then
    bash "$ROOT/build/make_deb.sh" "$BUNDLE" "$VERSION"
fi
