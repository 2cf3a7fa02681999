"""Apply Alembic migrations programmatically (``mailroom db upgrade`` and app start).

Every command and the desktop app upgrade the database when they open it. A database that
is already current is recognised from its ``alembic_version`` row and
:data:`SCHEMA_HEAD`, without importing Alembic and loading its scripts (0.45 s of every
start); a test keeps :data:`SCHEMA_HEAD` equal to the newest migration.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SCHEMA_HEAD = "0040"  # the revision of the newest file in migrations/versions


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and stored_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def stored_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, read without Alembic; None when there is no
    single stamp (a new database, or one that is not Mailroom's)."""
    try:
        with engine.connect() as conn:
            stamps = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no such table
        return None
    return str(stamps[0][0]) if len(stamps) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
