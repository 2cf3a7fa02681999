"""``mailroom backup``: the register and its file store, consistently, while others work.

A backup is a new folder:

- ``database.sqlite3`` (SQLite, made with the online backup API while others may write)
  or ``database.dump`` (PostgreSQL, ``pg_dump --format=custom``); see
  ``letters.backup_engines``;
- ``store/`` with every file the snapshot's records use, under its content address;
- ``manifest.json``, written last (a folder without it is an unfinished backup): the
  sha256 and size of every file, rows per table, the schema revision, the engine and the
  time.

Files are written to the store before their registration commits and removed only after
a destruction act commits, so every file the snapshot uses is in the store when it is
copied; a file missing or damaged in the store is left out and listed in the manifest.

``letters.backup_restore`` verifies such a folder and puts it back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.engine import Database
from db.store import CHUNK, FileStore, sha256_file
from letters import audit, backup_engines
from letters.actors import Actor
from letters.backup_engines import Catalog, EngineError, read_catalog
from letters.permissions import require

MANIFEST = "manifest.json"
FORMAT = "mailroom-backup"
FORMAT_VERSION = 1
STORE_DIR = "store"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}
# Tables whose rows make a target "not empty" (a fresh install has none).
DATA_TABLES = ("letter", "reply", "consumer", "stored_file")

Progress = Callable[[int, int], None]


class BackupError(Exception):
    """A backup or restore was refused or failed. ``code``: dest_not_empty, no_manifest,
    bad_manifest, damaged, engine_mismatch, unknown_revision, target_not_empty (nothing
    was restored); count_mismatch (restored, but rows differ from the manifest); and the
    ``EngineError`` codes (tool_missing, tool_failed, memory_db, integrity). ``items``
    lists what was wrong, when several things were."""

    def __init__(self, code: str, detail: str = "", items: tuple[str, ...] = ()) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.items = items


@dataclass(frozen=True, slots=True)
class BackupResult:
    folder: Path
    engine: str
    counts: dict[str, int]
    files: int
    bytes: int
    missing: tuple[str, ...] = ()  # used by the database but absent from the store
    damaged: tuple[str, ...] = ()  # present but with the wrong checksum: left out


def require_maintenance(actor: Actor, action: str) -> None:
    """Backups hold every letter's personal data: administrators only (see MATRIX)."""
    require(actor, action)


def backup(
    database: Database,
    store: FileStore,
    dest: Path,
    actor: Actor,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> BackupResult:
    """Back up the database and the files it uses into ``dest`` (new or empty)."""
    require_maintenance(actor, "maintenance.backup")
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise BackupError("dest_not_empty", str(dest))
    dest.mkdir(parents=True, exist_ok=True)
    engine = database.engine.dialect.name
    db_name = DATABASE_FILES.get(engine)
    if db_name is None:
        raise BackupError("engine_mismatch", engine)
    try:
        catalog: Catalog = (
            backup_engines.sqlite_backup(database, dest / db_name)
            if engine == "sqlite"
            else backup_engines.pg_backup(database, dest / db_name, read_catalog)
        )
    except EngineError as exc:
        raise BackupError(exc.code, exc.detail) from exc
    entries = {db_name: _entry(dest / db_name)}
    missing, damaged = [], []
    total_bytes = 0
    for done, (sha, size, rel) in enumerate(catalog.files, 1):
        source = store.path_of(rel)
        if rel != store.rel_path_for(sha) or not source.is_file():
            missing.append(rel)
        else:
            target = dest / STORE_DIR / rel
            got_sha, got_size = _copy(source, target)
            if got_sha != sha or got_size != size:
                target.unlink()
                damaged.append(rel)
            else:
                entries[f"{STORE_DIR}/{rel}"] = {"sha256": sha, "size": size}
                total_bytes += size
        if progress is not None:
            progress(done, len(catalog.files))
    moment = now or dt.datetime.now(dt.UTC)
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "created_at": moment.isoformat(),
        "engine": engine,
        "database": db_name,
        "schema_revision": catalog.revision,
        "counts": catalog.counts,
        "missing": missing,
        "damaged": damaged,
        "files": entries,
    }
    _write_json(dest / MANIFEST, manifest)
    with database.write() as session:
        audit.record(
            session,
            actor,
            "maintenance.backup",
            "database",
            "",
            None,
            {"folder": str(dest), "letters": catalog.counts.get("letter", 0)},
        )
    return BackupResult(
        dest,
        engine,
        catalog.counts,
        len(entries) - 1,
        total_bytes,
        tuple(missing),
        tuple(damaged),
    )


def _entry(path: Path) -> dict[str, Any]:
    return {"sha256": sha256_file(path), "size": path.stat().st_size}


def _copy(source: Path, target: Path) -> tuple[str, int]:
    """Copy, hashing what was read; fsync so the backup survives a power cut."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as src, target.open("wb") as dst:
        for chunk in iter(lambda: src.read(CHUNK), b""):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest(), size


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
