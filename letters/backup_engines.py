"""Engine-specific halves of ``letters.backup``: a consistent snapshot of the database and
its restore.

- SQLite: the online backup API (``sqlite3.Connection.backup``) copies the whole database
  in one step inside one read transaction, so the copy is consistent while other
  processes keep writing (WAL mode: writers are not blocked). The copy is switched to
  ``journal_mode=DELETE`` so that it is one self-contained file. Restoring copies the
  pages back the same way.
- PostgreSQL: the documented route, ``pg_dump --format=custom`` and ``pg_restore``. The
  store's file list is read in the very snapshot that ``pg_dump`` dumps
  (``pg_export_snapshot`` + ``pg_dump --snapshot``), so the two always agree.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from db.engine import SQLITE_BUSY_TIMEOUT_MS, Database
from db.models import Base, StoredFile

ENV_PG_BIN = "MAILROOM_PG_BIN"  # a folder with pg_dump and pg_restore, when not on PATH
T = TypeVar("T")


class EngineError(Exception):
    """``code``: tool_missing, tool_failed, memory_db, integrity."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Catalog:
    """What a snapshot holds: its schema revision, rows per table, and its stored files."""

    revision: str | None
    counts: dict[str, int]
    files: list[tuple[str, int, str]]  # sha256, size, rel_path


def read_catalog(conn: Connection) -> Catalog:
    present = set(inspect(conn).get_table_names())
    counts = {
        table.name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
        for table in Base.metadata.sorted_tables
        if table.name in present
    }
    files: list[tuple[str, int, str]] = []
    if StoredFile.__tablename__ in present:
        rows = conn.execute(
            select(StoredFile.sha256, StoredFile.size, StoredFile.rel_path).order_by(StoredFile.id)
        )
        files = [(str(r[0]), int(r[1]), str(r[2])) for r in rows]
    revision = MigrationContext.configure(conn).get_current_revision()
    return Catalog(revision, counts, files)


# SQLite ---------------------------------------------------------------------------------


def sqlite_path(database: Database) -> Path:
    name = make_url(database.url).database
    if not name or name == ":memory:" or name.startswith("file:"):
        raise EngineError("memory_db", database.describe())
    return Path(name)


def sqlite_backup(database: Database, target: Path) -> Catalog:
    source = sqlite3.connect(sqlite_path(database), timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)  # pages=-1: one step, one read transaction, a consistent copy
        copy.execute("PRAGMA journal_mode=DELETE")
        problems = [r[0] for r in copy.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
    finally:
        copy.close()
        source.close()
    if problems:
        raise EngineError("integrity", "; ".join(problems[:5]))
    return read_sqlite_catalog(target)


def read_sqlite_catalog(path: Path) -> Catalog:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return read_catalog(conn)
    finally:
        engine.dispose()


def sqlite_restore(database: Database, source: Path) -> None:
    """Copy the backup's pages over the configured database file (created if absent)."""
    target = sqlite_path(database)
    database.dispose()
    target.parent.mkdir(parents=True, exist_ok=True)
    backup = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    live = sqlite3.connect(target, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        backup.backup(live)
        live.execute("PRAGMA journal_mode=WAL")
    finally:
        live.close()
        backup.close()


# PostgreSQL -----------------------------------------------------------------------------


def pg_tool(name: str) -> str:
    """``pg_dump`` or ``pg_restore``: from MAILROOM_PG_BIN, PATH, or Debian's versioned
    folders (the newest, which can read older servers' dumps)."""
    folders = [os.environ[ENV_PG_BIN]] if os.environ.get(ENV_PG_BIN) else []
    found = shutil.which(name, path=os.pathsep.join(folders)) if folders else None
    found = found or shutil.which(name)
    if not found:
        versioned = sorted(
            glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
            key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
        )
        found = versioned[-1] if versioned else None
    if not found:
        raise EngineError("tool_missing", name)
    return found


def _libpq(database: Database) -> tuple[str, dict[str, str]]:
    """A libpq URI for the command-line tools, with the password in the environment (not
    on a command line that other users can see)."""
    url = make_url(database.url)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    uri = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return uri, env


def _run(args: list[str], env: dict[str, str]) -> None:
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise EngineError("tool_failed", f"{args[0]}: {exc}") from exc
    if done.returncode != 0:
        raise EngineError("tool_failed", (done.stderr or done.stdout).strip()[-2000:])


def pg_backup(database: Database, target: Path, read: Callable[[Connection], T]) -> T:
    """Dump the database to ``target`` and ``read`` the same snapshot."""
    dump = pg_tool("pg_dump")
    uri, env = _libpq(database)
    with database.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            result = read(conn)
            _run(
                [
                    dump,
                    "--format=custom",
                    f"--snapshot={snapshot}",
                    "--no-password",
                    f"--file={target}",
                    f"--dbname={uri}",
                ],
                env,
            )
    return result


def _table_of_contents(dump: Path, env: dict[str, str]) -> list[str]:
    try:
        return subprocess.run(
            [pg_tool("pg_restore"), "--list", str(dump)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
    except subprocess.CalledProcessError as exc:
        raise EngineError("tool_failed", exc.stderr.strip()[-2000:]) from exc


def _tables(entries: list[str]) -> set[str]:
    tables = set()
    for line in entries:
        # "215; 1259 16386 TABLE public letter owner"
        parts = line.split()
        if not line.startswith(";") and len(parts) >= 6 and parts[3] == "TABLE":
            tables.add(parts[5])
    return tables


def pg_restore(database: Database, dump: Path) -> None:
    """Replace the configured database's tables with the dump's, in one transaction.

    Tables the dump lacks (a newer schema in the target) are dropped first, so that the
    migrations can bring the restored schema up to date afterwards. The comment on an
    extension is left out: only a superuser may set it, and it is the extension's own."""
    tool = pg_tool("pg_restore")
    uri, env = _libpq(database)
    entries = _table_of_contents(dump, env)
    keep = _tables(entries)
    with database.engine.begin() as conn:
        for name in inspect(conn).get_table_names():
            if name not in keep:
                conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
    database.dispose()
    with tempfile.TemporaryDirectory(prefix="mailroom-restore-") as folder:
        use_list = Path(folder) / "toc.list"
        use_list.write_text(
            "\n".join(e for e in entries if "COMMENT - EXTENSION" not in e) + "\n", "utf-8"
        )
        _run(
            [
                tool,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                "--no-password",
                f"--use-list={use_list}",
                f"--dbname={uri}",
                str(dump),
            ],
            env,
        )
