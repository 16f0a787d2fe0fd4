#!/usr/bin/env bash
# Set everything up (including a PostgreSQL server for the storage tests), lint, run every test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" --with-postgres
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check trainer tests tools benchmarks
.venv/bin/lint-imports  # the layer contracts in pyproject.toml
.venv/bin/python -m pytest "$@"
