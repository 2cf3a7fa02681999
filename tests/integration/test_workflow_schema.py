"""Migration 0010 agrees with ``db.models_deadlines`` and seeds the shipped rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Table

import db.autogen  # the FTS5 tables are not model tables to drop
from db import models_deadlines
from db.engine import Database
from db.migrate import upgrade
from db.models import Base
from letters.deadlines import load_rules, rules_from_json

OWN_TABLES = {
    cls.__tablename__
    for cls in vars(models_deadlines).values()
    if isinstance(cls, type) and issubclass(cls, Base) and cls is not Base
}


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    upgrade(database.engine)
    yield database
    database.dispose()


def _table_of(entry: Any) -> str | None:
    """The table a ``compare_metadata`` entry is about (a tuple, or a list of tuples)."""
    if isinstance(entry, list):
        entry = entry[0]
    for item in entry[1:]:
        if isinstance(item, Table):
            return item.name
        if isinstance(getattr(item, "table", None), Table):
            return str(item.table.name)
        if isinstance(item, str):
            return item
    return None


def test_models_and_migration_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    ours = [d for d in diff if _table_of(d) in OWN_TABLES]
    assert ours == []
    assert len(OWN_TABLES) == 8


def test_rules_are_seeded_from_the_json(db: Database) -> None:
    with db.read() as session:
        seeded = load_rules(session)
    assert sorted(seeded, key=lambda r: r.code) == sorted(rules_from_json(), key=lambda r: r.code)
