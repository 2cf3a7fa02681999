"""Shared fixtures: every test gets its own database, store and data folders.

The database URL comes from ``--db-url`` or ``MAILROOM_TEST_DB`` (a PostgreSQL server URL
for the PostgreSQL lane); the default is a fresh SQLite file per test. In CI a missing
tool (tesseract, PostgreSQL) is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db-url",
        default=os.environ.get("MAILROOM_TEST_DB", ""),
        help="PostgreSQL server URL for the PostgreSQL lane",
    )


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") and shutil.which("tesseract") is None:
        raise pytest.UsageError("tesseract is not installed: CI must install tesseract-ocr")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the PostgreSQL lane run only what touches a database: the rest (image
    preparation, OCR, extraction, corpus) does not depend on the engine and already ran on
    the SQLite lane."""
    if not config.getoption("--db-url"):
        return
    keep = [i for i in items if "db_url" in getattr(i, "fixturenames", ())]
    dropped = [i for i in items if "db_url" not in getattr(i, "fixturenames", ())]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user's data and settings folders at a temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("MAILROOM_DB", raising=False)
    monkeypatch.delenv("MAILROOM_STORE", raising=False)
    monkeypatch.delenv("MAILROOM_USER", raising=False)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database_url(request.config.getoption("--db-url"), tmp_path) as url:
        yield url


@contextmanager
def fresh_database_url(server: str, folder: Path) -> Iterator[str]:
    """A new empty database: a SQLite file in ``folder``, or one on the PostgreSQL
    ``server``, dropped afterwards. (For fixtures of a wider scope than ``db_url``.)"""
    if not server:
        yield f"sqlite:///{folder / 'mailroom.sqlite3'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"mailroom_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def database(db_url: str) -> Iterator[object]:
    from db.engine import Database
    from db.migrate import upgrade

    database = Database(db_url)
    upgrade(database.engine)
    yield database
    database.dispose()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    path.mkdir()
    return path
