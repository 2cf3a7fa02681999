#!/usr/bin/env python3
"""Load demo data into the database (embedded SQLite default) once, when it is empty.

Demo data is generated, never committed: a registry of consumers, and when the capture
pipeline is available, a batch of synthetic scanned letters run through ``mailroom import``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def mailroom(*args: str) -> int:
    return subprocess.call(
        [sys.executable, "-m", "app", *args], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT))
    )


def main() -> int:
    from sqlalchemy import func, select

    from db.engine import Database
    from db.migrate import upgrade
    from db.models import Consumer

    database = Database(os.environ.get("MAILROOM_DB"))
    upgrade(database.engine)
    with database.read() as session:
        if session.scalar(select(func.count(Consumer.id))):
            print("Demo data: the database already has data; nothing to do.")
            return 0
    from bench.registry_import import make_file

    with tempfile.TemporaryDirectory() as tmp:
        registry = Path(tmp) / "registry.csv"
        make_file(registry, 500)
        print("Demo data: loading a registry of 500 consumers…")
        return mailroom("consumers", "import", str(registry))


if __name__ == "__main__":
    raise SystemExit(main())
