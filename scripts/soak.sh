#!/usr/bin/env bash
# The soak test: one long session through every page in a real window under Xvfb, checking
# the process stays alive, memory stays flat after warm-up and the CPU falls to idle.
# Usage: bash scripts/soak.sh [CPSW-TRAINER-COMMAND] [-- soak options]
#   default command: .venv/bin/cpsw-trainer (from source); the package test passes the bundle's.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="${1:-$ROOT/.venv/bin/cpsw-trainer}"
shift || true
[ "${1:-}" = "--" ] && shift
if ! command -v xvfb-run >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
fi
REPORT="$(mktemp --suffix=.json)"
unset QT_QPA_PLATFORM  # a real X server, not offscreen
xvfb-run -a -s "-screen 0 1366x768x24" "$APP" soak --seconds 120 --updates 20000 --report "$REPORT" "$@"
echo "soak figures: $REPORT"
