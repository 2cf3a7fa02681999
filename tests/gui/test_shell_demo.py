"""``mailroom demo --no-gui`` builds a demo register once, then reuses it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from db.engine import Database
from db.models import Consumer, Letter

ROOT = Path(__file__).resolve().parents[2]


def _demo(db_url: str, store: Path, folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    env.pop("MAILROOM_DB", None)
    command = [sys.executable, "-m", "app", "--lang", "en", "--db", db_url, "--store", str(store)]
    return subprocess.run(
        [*command, "demo", "--folder", str(folder), "--no-gui", *extra],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=900,
    )


def test_demo_builds_once_without_gui(db_url: str, store_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    sizes = ("--consumers", "40", "--history", "1", "--waiting", "2")
    first = _demo(db_url, store_dir, folder, *sizes)
    assert first.returncode == 0, first.stderr
    assert "Demo: loading a registry of 40 consumers" in first.stdout
    assert (folder / "demo.json").is_file()
    waiting = sorted(p.name for p in (folder / "inbox").iterdir())
    assert len(waiting) == 2 and all(name.startswith("scan_") for name in waiting)
    database = Database(db_url)
    try:
        with database.read() as session:
            consumers = session.scalar(select(func.count(Consumer.id)))
            channels = dict(
                session.execute(select(Letter.channel, func.count()).group_by(Letter.channel)).all()
            )
    finally:
        database.dispose()
    assert consumers == 40
    assert channels.get("phone", 0) + channels.get("internet", 0) == 8
    assert channels.get("post") == 1  # the recognised history letter
    assert any(store_dir.rglob("*")), "the history letter's files are in the store"

    again = _demo(db_url, store_dir, folder, *sizes)
    assert again.returncode == 0, again.stderr
    assert "Demo: loading" not in again.stdout
    assert "40 consumers, 9 letters; 2 scanned letters wait" in again.stdout


def test_demo_refuses_a_database_with_data(db_url: str, store_dir: Path, tmp_path: Path) -> None:
    from db.migrate import upgrade

    database = Database(db_url)
    upgrade(database.engine)
    with database.write() as session:
        session.add(Consumer(account="4000000001", full_name="Петров Пётр"))
    database.dispose()
    result = _demo(db_url, store_dir, tmp_path / "demo", "--history", "0")
    assert result.returncode == 2
    assert "already has data" in result.stderr
    reset = _demo(db_url, store_dir, tmp_path / "demo", "--reset")
    assert reset.returncode == 2
