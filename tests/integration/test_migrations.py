"""Models and migrations agree, on the engine of this lane."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

import db.autogen  # noqa: F401  (the FTS5 tables are not model tables to drop)
from db.migrate import (
    SCHEMA_HEAD,
    current_revision,
    head_revision,
    is_up_to_date,
    stored_revision,
    upgrade,
)
from db.models import Base, Journal


def test_models_and_migrations_agree(database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_upgrade_is_idempotent_and_seeds_journals(database) -> None:
    assert is_up_to_date(database.engine)
    upgrade(database.engine)
    assert current_revision(database.engine) == head_revision()
    with database.read() as session:
        codes = set(session.scalars(select(Journal.code)))
    assert {"incoming", "outgoing"} <= codes


def test_schema_head_names_the_newest_migration(database) -> None:
    """The quick "already current" check at every start relies on it."""
    assert SCHEMA_HEAD == head_revision() == stored_revision(database.engine)


def test_opening_a_current_database_does_not_load_alembic(database, tmp_path) -> None:
    """Every command and the app upgrade the database they open; a current one is known
    without importing Alembic (0.45 s of every start). A new one is migrated."""
    import subprocess
    import sys

    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    probe = (
        "import sys\n"
        "from db.engine import Database\n"
        "from db.migrate import upgrade, stored_revision\n"
        "engine = Database(sys.argv[1]).engine\n"
        "upgrade(engine)\n"
        "print(stored_revision(engine), 'alembic' in sys.modules)\n"
    )
    url = database.engine.url.render_as_string(hide_password=False)
    for target, expected in ((fresh, f"{SCHEMA_HEAD} True"), (url, f"{SCHEMA_HEAD} False")):
        done = subprocess.run(
            [sys.executable, "-c", probe, target], capture_output=True, text=True, check=True
        )
        assert done.stdout.split() == expected.split(), done.stderr


def test_sqlite_pragmas(database) -> None:
    if database.engine.dialect.name != "sqlite":
        assert "letter" in inspect(database.engine).get_table_names()
        return
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
