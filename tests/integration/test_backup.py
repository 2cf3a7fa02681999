"""``mailroom backup`` and ``restore``: a round trip brings back every row of every table
and every stored file byte for byte; a damaged backup or a target that holds data is
refused; a backup taken while clerks register letters is consistent."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from db.engine import Database
from db.migrate import upgrade
from db.models import AuditEvent, Base, Letter, StoredFile
from db.store import FileStore
from letters import backup_engines
from letters.actors import resolve_actor
from letters.backup import BackupError, backup
from letters.backup_restore import restore, target_contents
from letters.capture import ImportOptions, import_files
from letters.doctor import run_doctor
from letters.register import FileDraft, LetterDraft, PageDraft, register_letter
from tests.corpus.generate import make_letters, make_registry
from tests.integration.test_doctor import fill_register

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    upgrade(database.engine)
    yield database
    database.dispose()


@pytest.fixture
def fresh_db_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty database on the same engine: the restore target."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"mailroom_restore_{uuid.uuid4().hex[:12]}"
    admin = create_engine(db_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(db_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _run(db_url: str, store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        MAILROOM_DB=db_url,
        MAILROOM_STORE=str(store),
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=600,
    )


def _rows(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    rows = {}
    with database.read() as session:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns)
            rows[table.name] = [tuple(r) for r in session.execute(select(table).order_by(*order))]
    return rows


def _without(rows: list[tuple[Any, ...]], action: str) -> list[tuple[Any, ...]]:
    column = [c.name for c in AuditEvent.__table__.columns].index("action")
    return [r for r in rows if r[column] != action]


def _import_two_letters(database: Database, store: FileStore, tmp_path: Path) -> None:
    make_letters(make_registry(30, 5), 2, 5, tmp_path / "gen", formats=("png",))
    report = import_files(
        database,
        store,
        [tmp_path / "gen" / "letters"],
        ImportOptions(jobs=1, quarantine_dir=tmp_path / "quarantine"),
    )
    assert report.count("registered") == 2


def test_round_trip_brings_back_every_letter_page_and_file(
    db_url: str, fresh_db_url: str, database: Database, store_dir: Path, tmp_path: Path
) -> None:
    store = FileStore(store_dir)
    fill_register(database, store)
    _import_two_letters(database, store, tmp_path)
    before = _rows(database)
    assert len(before["letter"]) == 6 and len(before["page"]) >= 6 and before["reply"]

    folder = tmp_path / "backup"
    made = _run(db_url, store_dir, "backup", str(folder))
    assert made.returncode == 0, made.stdout + made.stderr
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["counts"]["letter"] == 6
    assert manifest["schema_revision"]
    assert len([n for n in manifest["files"] if n.startswith("store/")]) == len(
        before["stored_file"]
    )

    target_store = tmp_path / "restored-store"
    restored = _run(fresh_db_url, target_store, "restore", str(folder))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "Restored from" in restored.stdout

    target = Database(fresh_db_url)
    try:
        after = _rows(target)
        for name, rows in before.items():
            if name == "audit_event":
                assert _without(after[name], "maintenance.restore") == rows
            else:
                assert after[name] == rows, name
        assert len(after["audit_event"]) == len(before["audit_event"]) + 1
        with target.read() as session:
            files = session.execute(select(StoredFile.rel_path)).scalars().all()
        assert files
        for rel in files:
            assert (target_store / rel).read_bytes() == (store_dir / rel).read_bytes()
        assert run_doctor(target, FileStore(target_store)).findings == []
        with target.write() as session:  # the restored counters and sequences go on
            actor = resolve_actor(session, None)
            new = register_letter(session, actor, LetterDraft(received_on=dt.date(2026, 3, 3)))
        with target.read() as session:
            known = session.scalars(select(Letter.reg_no).where(Letter.id != new.id)).all()
        assert new.reg_no not in known and len(known) == len(before["letter"])
        assert run_doctor(target, FileStore(target_store)).findings == []
    finally:
        target.dispose()
    again = _run(fresh_db_url, target_store, "restore", str(folder))
    assert again.returncode == 2 and "--force" in again.stderr


def test_damaged_backup_and_occupied_target_are_refused(
    db_url: str, fresh_db_url: str, database: Database, store_dir: Path, tmp_path: Path
) -> None:
    store = FileStore(store_dir)
    reg_nos = fill_register(database, store)
    with database.write() as session:
        actor = resolve_actor(session, None)
    folder = tmp_path / "backup"
    result = backup(database, store, folder, actor)
    assert result.counts["letter"] == len(reg_nos) and not result.missing
    with pytest.raises(BackupError) as refused:
        backup(database, store, folder, actor)
    assert refused.value.code == "dest_not_empty"

    # A letter registered after the backup; restoring without --force is refused.
    with database.write() as session:
        register_letter(session, actor, LetterDraft(received_on=dt.date(2026, 3, 4)))
    with pytest.raises(BackupError) as refused:
        restore(database, store, folder, actor)
    assert refused.value.code == "target_not_empty"
    assert "letter: 5" in refused.value.items

    # One flipped byte in the backup: nothing is restored, even with force.
    copy = tmp_path / "damaged"
    subprocess.run(["cp", "-a", str(folder), str(copy)], check=True)
    victim = next(p for p in sorted((copy / "store").rglob("*")) if p.is_file())
    data = bytearray(victim.read_bytes())
    data[0] ^= 0xFF
    victim.write_bytes(bytes(data))
    target = Database(fresh_db_url)
    target_store = FileStore(tmp_path / "target-store")
    try:
        with pytest.raises(BackupError) as damaged:
            restore(target, target_store, copy, actor, force=True)
        assert damaged.value.code == "damaged"
        assert damaged.value.items == (victim.relative_to(copy).as_posix(),)
        assert target_contents(target, target_store) == {}
    finally:
        target.dispose()

    # With --force the register goes back to the backup: the later letter is gone.
    restore(database, store, folder, actor, force=True)
    with database.read() as session:
        assert list(session.scalars(select(Letter.reg_no).order_by(Letter.id))) == reg_nos
    assert run_doctor(database, store).findings == []


def test_backup_while_clerks_register_is_consistent(
    db_url: str, fresh_db_url: str, database: Database, store_dir: Path, tmp_path: Path
) -> None:
    store = FileStore(store_dir)
    fill_register(database, store, letters=1)
    stop = threading.Event()
    errors: list[BaseException] = []

    def clerk() -> None:
        own = Database(db_url)
        try:
            i = 0
            while not stop.is_set() or i < 3:
                i += 1
                blob = store.put_bytes(f"скан во время копии {i}".encode())
                page = PageDraft(image=FileDraft(blob, "image/png", "page"))
                with own.write() as session:
                    actor = resolve_actor(session, None)
                    draft = LetterDraft(received_on=dt.date(2026, 3, 5), pages=[page])
                    register_letter(session, actor, draft)
        except BaseException as exc:  # reported by the test
            errors.append(exc)
        finally:
            own.dispose()

    worker = threading.Thread(target=clerk)
    worker.start()
    try:
        with database.write() as session:
            actor = resolve_actor(session, None)
        result = backup(database, store, tmp_path / "backup", actor)
    finally:
        stop.set()
        worker.join(timeout=120)
    assert not errors
    target = Database(fresh_db_url)
    target_store = FileStore(tmp_path / "target-store")
    try:
        restore(target, target_store, tmp_path / "backup", actor)
        assert run_doctor(target, target_store).findings == []
        with target.read() as session:
            restored = len(session.scalars(select(Letter.id)).all())
    finally:
        target.dispose()
    with database.read() as session:
        now_registered = len(session.scalars(select(Letter.id)).all())
    assert result.counts["letter"] == restored <= now_registered


def test_missing_postgresql_tools_are_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(backup_engines.ENV_PG_BIN, "/nonexistent")
    monkeypatch.setattr(backup_engines.shutil, "which", lambda *a, **k: None)
    monkeypatch.setattr(backup_engines.glob, "glob", lambda pattern: [])
    with pytest.raises(backup_engines.EngineError) as missing:
        backup_engines.pg_tool("pg_dump")
    assert (missing.value.code, missing.value.detail) == ("tool_missing", "pg_dump")


def test_only_administrators_back_up_restore_and_repair(
    database: Database, store_dir: Path, tmp_path: Path
) -> None:
    from letters.actors import Actor
    from letters.doctor import repair
    from letters.permissions import PermissionDenied

    store = FileStore(store_dir)
    for role in ("clerk", "specialist", "head", "archivist"):
        actor = Actor(1, f"{role}1", role)
        with pytest.raises(PermissionDenied):
            backup(database, store, tmp_path / role, actor)
        with pytest.raises(PermissionDenied):
            restore(database, store, tmp_path / role, actor)
        with pytest.raises(PermissionDenied):
            repair(database, store, run_doctor(database, store), actor)
        assert not (tmp_path / role).exists()
