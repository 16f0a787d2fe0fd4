#!/usr/bin/env bash
# Sets up everything CPSW Trainer needs on a Debian/Ubuntu machine with Python 3.11+:
# the Qt system libraries (apt-get, only when missing), a virtual environment in .venv,
# and the app with its test tools. Safe to run again: it only installs what is missing.
# Usage: source scripts/setup.sh [--with-postgres]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else echo "Please run as root or install sudo to add: $*" >&2; return 1; fi
}

APT_UPDATED=0
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Not a Debian/Ubuntu system: please install ${missing[*]} yourself." >&2
        return 0
    fi
    echo "Installing system packages: ${missing[*]}"
    if [ "$APT_UPDATED" -eq 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Qt 6 widgets (xcb for a real screen, offscreen for tests) and a font.
apt_install libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
    libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
    libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core

if [ "${1:-}" = "--with-postgres" ]; then
    # The start budget test counts instructions with valgrind (the clock varies with the machine's load).
    apt_install valgrind
    # The storage tests run against a real PostgreSQL server that they start themselves.
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
        apt_install postgresql
    fi
fi

if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -m venv --help >/dev/null 2>&1 || ! "$PYTHON" -c "import ensurepip" >/dev/null 2>&1; then
        ver="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        apt_install "python${ver}-venv" || apt_install python3-venv
    fi
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e "$ROOT[test]"
# The catalog cache an install ships beside its content: a first start reads no YAML.
"$VENV/bin/python" -m trainer.content.cache "$ROOT/content" >/dev/null || echo "no shipped catalog cache: the content has problems (cpsw-trainer validate)"
