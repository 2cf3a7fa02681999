#!/usr/bin/env bash
# All set-up, then the whole test suite: lint, types, layers, translations, and pytest on
# the embedded SQLite database and on a PostgreSQL server started on 127.0.0.1.
#   scripts/test.sh [pytest args…]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen

echo "== ruff";            .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy";            .venv/bin/mypy
echo "== import-linter";   .venv/bin/lint-imports
echo "== translations";    .venv/bin/python scripts/translations.py check

echo "== pytest: SQLite lane"
.venv/bin/python -m pytest "$@"

echo "== pytest: PostgreSQL lane"
PG_URL="$(scripts/pg-test-server.sh)"
MAILROOM_TEST_DB="$PG_URL" .venv/bin/python -m pytest -m "not sqlite_only" "$@"  # database tests only
