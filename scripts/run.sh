#!/usr/bin/env bash
# All set-up, then the desktop app on the demo register: `mailroom demo` builds it on the
# first run (synthetic consumers, some history, scanned letters waiting in the inbox) in
# the user data folder, and reuses it afterwards.
#   scripts/run.sh                # opens the app (needs a display; see README for headless use)
#   scripts/run.sh --lang en      # global mailroom options go before the command
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/mailroom "$@" demo
