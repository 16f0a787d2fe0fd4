#!/usr/bin/env bash
# Set everything up, then open CPSW Trainer on the bundled content (SQLite in your data folder).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<'MSG'
No display was found, so the window cannot open here.
  - Under a virtual screen:  apt-get install -y xvfb && xvfb-run -a .venv/bin/cpsw-trainer
  - Offscreen (no window, e.g. to check it starts):
        QT_QPA_PLATFORM=offscreen .venv/bin/cpsw-trainer self-test
MSG
    exit 1
fi
exec "$ROOT/.venv/bin/cpsw-trainer" "$@"
