"""The few statements that differ between SQLite and PostgreSQL, behind one interface."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import RegistrationCounter


def _insert(session: Session, table: Table) -> Any:
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(name)


def insert_ignore(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], keys: Sequence[str]
) -> None:
    """INSERT … ON CONFLICT (keys) DO NOTHING."""
    if rows:
        session.execute(_insert(session, table).on_conflict_do_nothing(index_elements=keys), rows)


def upsert(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    key: str,
    update_columns: Sequence[str],
) -> None:
    """INSERT … ON CONFLICT (key) DO UPDATE SET columns = excluded.columns."""
    if not rows:
        return
    stmt = _insert(session, table)
    stmt = stmt.on_conflict_do_update(
        index_elements=[key], set_={c: stmt.excluded[c] for c in update_columns}
    )
    session.execute(stmt, rows)


def take_next_seq(session: Session, journal: str, year: int) -> int:
    """Increment and return the journal's counter inside the caller's transaction.

    The UPDATE locks the counter row (PostgreSQL) or the database (SQLite, which the
    write session opened with BEGIN IMMEDIATE) until commit, so concurrent registrations
    queue up; a rollback returns the number, so numbers stay gapless.
    """
    table = RegistrationCounter.__table__
    assert isinstance(table, Table)
    insert_ignore(
        session, table, [{"journal": journal, "year": year, "last_seq": 0}], ["journal", "year"]
    )
    stmt = (
        update(RegistrationCounter)
        .where(RegistrationCounter.journal == journal, RegistrationCounter.year == year)
        .values(last_seq=RegistrationCounter.last_seq + 1)
        .returning(RegistrationCounter.last_seq)
    )
    return int(session.execute(stmt).scalar_one())
