#!/usr/bin/env bash
# Install the built .deb (as root), run the installed app's self-test, create user data,
# remove the package, and check the data is still there. Usage: bash build/test_package.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEB="$(ls -t "$ROOT"/build/dist/cpsw-trainer_*.deb | head -1)"
if [ "$(id -u)" -ne 0 ]; then echo "test_package.sh must run as root (it installs a .deb)" >&2; exit 1; fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$DEB" >/dev/null
test -x /opt/cpsw-trainer/cpsw-trainer
test -f /usr/share/applications/cpsw-trainer.desktop
DATA="$(mktemp -d)"
export QT_QPA_PLATFORM=offscreen
cpsw-trainer --version
cpsw-trainer self-test
bash "$ROOT/scripts/soak.sh" /usr/bin/cpsw-trainer  # the bundle survives real use too
cpsw-trainer --data-dir "$DATA" --quit-after-show >/dev/null
cpsw-trainer --data-dir "$DATA" backup --out "$DATA/manual-backup.sqlite3" >/dev/null
test -s "$DATA/trainer.sqlite3"
BEFORE="$(sha256sum "$DATA/trainer.sqlite3" | cut -d' ' -f1)"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq cpsw-trainer >/dev/null
if [ -e /usr/bin/cpsw-trainer ] || [ -e /opt/cpsw-trainer ]; then
    echo "package removal left the app behind" >&2; exit 1
fi
AFTER="$(sha256sum "$DATA/trainer.sqlite3" | cut -d' ' -f1)"
[ "$BEFORE" = "$AFTER" ] && test -s "$DATA/manual-backup.sqlite3"
echo "package test passed: installed, self-test ran, removed, user data intact"
