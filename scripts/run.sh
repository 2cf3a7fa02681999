#!/usr/bin/env bash
# All set-up, demo data on first start, then the desktop app on the embedded SQLite default.
#   scripts/run.sh            # opens the app (needs a display; see README for headless use)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/python scripts/demo.py
exec .venv/bin/mailroom "$@"
