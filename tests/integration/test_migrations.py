"""Models and migrations agree, on the engine of this lane."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from db.migrate import current_revision, head_revision, is_up_to_date, upgrade
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


def test_sqlite_pragmas(database) -> None:
    if database.engine.dialect.name != "sqlite":
        assert "letter" in inspect(database.engine).get_table_names()
        return
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
