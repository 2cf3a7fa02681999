"""Engines and sessions for the embedded SQLite default and for PostgreSQL.

Nothing here runs at import time: callers build an engine from a URL when they need one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "Mailroom"
ENV_DB = "MAILROOM_DB"
ENV_STORE = "MAILROOM_STORE"
SQLITE_BUSY_TIMEOUT_MS = 60_000


class ConfigError(Exception):
    """A configuration the user can fix (bad URL, missing driver, unwritable folder)."""


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'mailroom.sqlite3'}"


def resolve_db_url(explicit: str | None = None) -> str:
    """``--db`` wins over ``MAILROOM_DB``, which wins over the embedded default."""
    return explicit or os.environ.get(ENV_DB) or default_db_url()


def resolve_store_dir(explicit: str | None = None) -> Path:
    value = explicit or os.environ.get(ENV_STORE)
    return Path(value) if value else data_dir() / "store"


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Take transaction control from pysqlite so that we can emit BEGIN IMMEDIATE for writers.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_on_begin(conn: Any) -> None:
    # Writers take the write lock up front: a deferred transaction that reads first and
    # upgrades later fails at once with "database is locked" instead of waiting.
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    url = resolve_db_url(url)
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise ConfigError(f"bad database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            try:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigError(f"cannot create the database folder: {exc}") from exc
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if backend == "postgresql":
        try:
            return create_engine(url, pool_pre_ping=True, **kwargs)
        except ModuleNotFoundError as exc:
            raise ConfigError(
                "PostgreSQL driver missing: install the 'postgres' extra (psycopg)"
            ) from exc
    raise ConfigError(f"unsupported database: {backend}")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


class Database:
    """An engine plus its session factory: one per process, passed explicitly."""

    def __init__(self, url: str | None = None, **engine_kwargs: Any) -> None:
        self.url = resolve_db_url(url)
        self.engine = make_engine(self.url, **engine_kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; closing it ends the transaction and detaches the
        loaded objects with their state intact."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: everything inside commits together, or nothing does."""
        with self._write_sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def describe(self) -> str:
        """The URL without the password, for the status bar and logs."""
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
